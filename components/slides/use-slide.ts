'use client';
// Which slide is showing: derived from the URL hash (a section id, or any id inside a section), so deep
// links, the back button and the reading view's #links all map to a slide.
import { useCallback, useSyncExternalStore } from 'react';

const EVENT = 'slide-change';

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  window.addEventListener(EVENT, onChange);
  return () => {
    window.removeEventListener('hashchange', onChange);
    window.removeEventListener(EVENT, onChange);
  };
}

function resolve(ids: readonly string[]): string {
  const hash = decodeURIComponent(window.location.hash.slice(1));
  if (ids.includes(hash)) return hash;
  const target = hash ? document.getElementById(hash) : null;
  const section = target?.closest('section[data-section]')?.getAttribute('data-section');
  return section && ids.includes(section) ? section : (ids[0] ?? '');
}

export function useSlide(ids: readonly string[]) {
  const current = useSyncExternalStore(
    subscribe,
    () => resolve(ids),
    () => ids[0] ?? '',
  );
  const index = Math.max(0, ids.indexOf(current));

  const go = useCallback(
    (next: number) => {
      const clamped = Math.min(ids.length - 1, Math.max(0, next));
      const id = ids[clamped];
      if (id === undefined) return;
      window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}#${id}`);
      window.dispatchEvent(new Event(EVENT));
    },
    [ids],
  );

  return { current, index, go };
}
