'use client';
// The GAN trainer's current generator, shared with the latent walk on the same page. The trainer sends its
// state here only while some widget is reading it, at most twice a second while it trains and once more
// whenever it stops, so the walk always shows the generator the reader has just trained.
import { useEffect, useSyncExternalStore } from 'react';
import type { GanState } from '@/lib/gan/trainer';

let current: GanState | null = null;
let readers = 0;
const stateListeners = new Set<() => void>();
const readerListeners = new Set<() => void>();

const subscribe = (set: Set<() => void>) => (listener: () => void) => {
  set.add(listener);
  return () => {
    set.delete(listener);
  };
};

const subscribeState = subscribe(stateListeners);
const subscribeReaders = subscribe(readerListeners);

/** Called by the trainer with its newest state, or null when it has none (a run that needs drawn points). */
export function publishGenerator(state: GanState | null): void {
  current = state;
  for (const l of stateListeners) l();
}

/** For the trainer: does any widget want its generator now? */
export function useGeneratorWanted(): boolean {
  return useSyncExternalStore(
    subscribeReaders,
    () => readers > 0,
    () => false,
  );
}

/** For a reader: the trainer's newest generator while `active`, else null. */
export function useSharedGenerator(active: boolean): GanState | null {
  useEffect(() => {
    if (!active) return;
    readers += 1;
    for (const l of readerListeners) l();
    return () => {
      readers -= 1;
      for (const l of readerListeners) l();
    };
  }, [active]);
  const state = useSyncExternalStore(
    subscribeState,
    () => current,
    () => null,
  );
  return active ? state : null;
}
