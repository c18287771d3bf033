'use client';
// State of the CycleGAN toy: λ and the seed in the URL, training in a Web Worker, the latest frame it sent.
import { useEffect, useRef, useState } from 'react';
import { parseNumber } from '@/lib/url-state';
import { useReducedMotion } from '../gan-trainer/use-gan-trainer';
import { useUrlState } from '../use-url-state';
import { useAckedCommands } from '../worker/use-acked-commands';
import { createCycleClient, type CycleClient } from './cycle-client';
import type { CycleFrame, CycleMessage } from './cycle-engine';
import { cycleSchema, NAMESPACE } from './schema';

type Field = 'lambda' | 'seed';
const REDUCED_FRAME_MS = 500;

export function useCycleGanToy() {
  const { values, update, problems, linkToSetting } = useUrlState(NAMESPACE, cycleSchema);
  const reduced = useReducedMotion();
  const [frame, setFrame] = useState<{ frame: CycleFrame; rate: number | null } | null>(null);
  const [playing, setPlaying] = useState(false);
  const [diverged, setDiverged] = useState<number | null>(null);
  const [typed, setTyped] = useState<Partial<Record<Field, string>>>({});
  const [bad, setBad] = useState<Partial<Record<Field, boolean>>>({});
  const client = useRef<CycleClient | null>(null);
  const { command, answered, synced } = useAckedCommands(client);
  const runId = useRef(0);
  const probe = useRef<[number, number]>([-0.6, 0.6]);
  const lastShown = useRef(0);
  const reducedRef = useRef(reduced);
  useEffect(() => {
    reducedRef.current = reduced;
  }, [reduced]);

  useEffect(() => {
    const c = createCycleClient((m: CycleMessage) => {
      if (m.id !== runId.current) return;
      if (m.type === 'frame') {
        // A frame sent before the reader's last command must not turn the play button back.
        if (answered(m.ack)) setPlaying(m.playing);
        const now = performance.now();
        if (m.playing && reducedRef.current && now - lastShown.current < REDUCED_FRAME_MS) return;
        lastShown.current = now;
        setFrame({ frame: m.frame, rate: m.rate });
        if (m.frame.iteration === 0) setDiverged(null);
      } else if (m.type === 'diverged') {
        setDiverged(m.iteration);
        setPlaying(false);
      }
    });
    client.current = c;
    return () => {
      c.dispose();
      client.current = null;
    };
  }, [answered]);

  const { lambda, seed } = values;
  useEffect(() => {
    runId.current += 1;
    command({ type: 'init', id: runId.current, config: { lambda, seed }, probe: probe.current });
  }, [lambda, seed, command]);

  const send = (type: 'play' | 'pause') => command({ type, id: runId.current });

  function typeField(field: Field, raw: string) {
    setTyped((t) => ({ ...t, [field]: raw }));
    const spec = cycleSchema[field];
    const parsed = parseNumber(raw);
    const ok = parsed.ok && parsed.value >= spec.min && parsed.value <= spec.max && (field !== 'seed' || Number.isInteger(parsed.value));
    setBad((b) => ({ ...b, [field]: !ok }));
    if (ok) update({ [field]: parsed.value });
  }

  return {
    values,
    problems,
    linkToSetting,
    frame,
    playing,
    /** For tests and assistive tech: has the engine caught up with the reader's last command? */
    engineState: diverged !== null ? 'stopped' : !synced ? 'pending' : playing ? 'running' : 'paused',
    diverged,
    reduced,
    play: () => {
      if (diverged !== null) return;
      send('play');
      setPlaying(true);
    },
    pause: () => {
      send('pause');
      setPlaying(false);
    },
    step: (n: number) => {
      if (diverged !== null) return;
      command({ type: 'step', id: runId.current, n });
      setPlaying(false);
    },
    reset: () => {
      send('pause');
      setPlaying(false);
      runId.current += 1;
      command({ type: 'init', id: runId.current, config: { lambda, seed }, probe: probe.current });
    },
    setLambda: (v: number) => {
      setTyped((t) => ({ ...t, lambda: String(v) }));
      setBad((b) => ({ ...b, lambda: false }));
      update({ lambda: v });
    },
    moveProbe: (p: [number, number]) => {
      probe.current = p;
      command({ type: 'probe', id: runId.current, probe: p });
    },
    typeField,
    typedValue: (field: Field) => typed[field] ?? String(values[field]),
    badField: (field: Field) => bad[field] === true,
  };
}
