'use client';
// State of the latent walk: a toy generator trained in the worker on load (settings in the URL), or the GAN
// trainer's current generator, then the latent point z, moved by the reader and computed through G on the page.
import { useEffect, useMemo, useRef, useState } from 'react';
import { generatorAt, generatorMapping, realSample } from '@/lib/gan/gan-views';
import type { GanState } from '@/lib/gan/trainer';
import { parseNumber } from '@/lib/url-state';
import type { EngineMessage } from '../gan-trainer/engine';
import { useSharedGenerator } from '../gan-trainer/shared-generator';
import { createTrainerClient, type TrainerClient } from '../gan-trainer/trainer-client';
import { useUrlState } from '../use-url-state';
import { LATENT_SOURCES, latentConfig, latentSchema, NAMESPACE } from './schema';

export const GRID_SIZE = 15;
const REAL_POINTS = 400;
const URL_DELAY_MS = 300;

type Field = 'steps' | 'seed';

export function useGanLatentWalk() {
  const { values, update, problems, linkToSetting } = useUrlState(NAMESPACE, latentSchema);
  const [dragZ, setDragZ] = useState<[number, number] | null>(null);
  const [result, setResult] = useState<{ key: string; state: GanState } | null>(null);
  const [progress, setProgress] = useState<{ key: string; done: number } | null>(null);
  const [typed, setTyped] = useState<Partial<Record<Field, string>>>({});
  const [bad, setBad] = useState<Partial<Record<Field, boolean>>>({});
  const client = useRef<TrainerClient | null>(null);
  const runId = useRef(0);
  const runKey = useRef('');
  const timer = useRef<number | undefined>(undefined);

  const fromTrainer = values.from === 'trainer';
  const shared = useSharedGenerator(fromTrainer);
  // The walk needs a plane of noise; a trainer set to 1-D noise has only a line.
  const sharedOk = shared !== null && shared.config.noiseDim === 2;
  // With the trainer's generator, this widget trains nothing of its own.
  const key = fromTrainer ? '' : JSON.stringify({ ...latentConfig(values), steps: values.steps });

  useEffect(() => {
    const c = createTrainerClient((m: EngineMessage) => {
      if (m.id !== runId.current) return;
      if (m.type === 'progress') setProgress({ key: runKey.current, done: m.done });
      else if (m.type === 'state') setResult({ key: runKey.current, state: m.state });
    });
    client.current = c;
    return () => {
      c.dispose();
      client.current = null;
      window.clearTimeout(timer.current);
    };
  }, []);

  useEffect(() => {
    if (key === '') return;
    const { steps, ...config } = JSON.parse(key) as ReturnType<typeof latentConfig> & { steps: number };
    runId.current += 1;
    runKey.current = key;
    client.current?.send({ type: 'train', id: runId.current, config, steps });
  }, [key]);

  const ownReady = !fromTrainer && result !== null && result.key === key;
  const ready = fromTrainer ? sharedOk : ownReady;
  const state = fromTrainer ? (sharedOk ? shared : null) : ownReady ? result.state : null;
  const z: [number, number] = dragZ ?? [values.z1, values.z2];

  const views = useMemo(() => {
    if (!state) return null;
    return { mapping: generatorMapping(state, GRID_SIZE), real: realSample(state, REAL_POINTS) };
  }, [state]);
  const gz = useMemo(() => (state ? generatorAt(state, z) : null), [state, z[0], z[1]]); // eslint-disable-line react-hooks/exhaustive-deps

  /** Moves z now and writes it to the URL a moment later, so a drag does not rewrite the address 60 times a second. */
  function moveZ(next: [number, number]) {
    const clamp = (v: number) => Math.max(-1, Math.min(1, Math.round(v * 100) / 100));
    const z2: [number, number] = [clamp(next[0]), clamp(next[1])];
    setDragZ(z2);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      update({ z1: z2[0], z2: z2[1] });
      setDragZ(null);
    }, URL_DELAY_MS);
  }

  function typeField(field: Field, raw: string) {
    setTyped((t) => ({ ...t, [field]: raw }));
    const spec = latentSchema[field];
    const parsed = parseNumber(raw);
    const ok = parsed.ok && Number.isInteger(parsed.value) && parsed.value >= spec.min && parsed.value <= spec.max;
    setBad((b) => ({ ...b, [field]: !ok }));
    if (ok) update({ [field]: parsed.value });
  }

  return {
    values,
    problems,
    linkToSetting,
    state,
    views,
    z,
    gz,
    progress: !ready && progress?.key === key ? progress.done : 0,
    fromTrainer,
    /** The trainer's state as shared (null until it has run), also when its noise is 1-D and cannot be walked. */
    trainer: shared,
    ready,
    moveZ,
    typeField,
    typedValue: (field: Field) => typed[field] ?? String(values[field]),
    badField: (field: Field) => bad[field] === true,
    setData: (data: string) => update({ data }),
    setFrom: (from: (typeof LATENT_SOURCES)[number]) => update({ from }),
  };
}
