'use client';
// State of the live GAN trainer: settings in the URL, the run in a Web Worker, and the latest frame it sent.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { DEFAULT_BOUNDS } from '@/lib/gan/datasets';
import { resolveGanConfig } from '@/lib/gan/gan-config';
import { formatPoints, MAX_DRAWN_POINTS, parsePoints } from '@/lib/gan/points-param';
import type { GanSnapshot } from '@/lib/gan/snapshot';
import { parseNumber } from '@/lib/url-state';
import { useUrlText } from '../pretraining-shared/use-url-text';
import { useUrlState } from '../use-url-state';
import { useAckedCommands } from '../worker/use-acked-commands';
import type { EngineMessage, HistoryView } from './engine';
import { publishGenerator, useGeneratorWanted } from './shared-generator';
import { configFrom, ganSchema, NAMESPACE, POINTS_PARAM, isPointsParam, type GanValues, type NumberField } from './schema';
import { createTrainerClient, type TrainerClient } from './trainer-client';

/** With reduced motion, frames are shown at most this often while training runs. */
const REDUCED_FRAME_MS = 500;
/**
 * While training runs, the canvases are repainted for every frame (about 30 a second, in requestAnimationFrame)
 * but React re-renders the numbers only this often, which keeps the main thread light.
 */
const TEXT_FRAME_MS = 250;
/** While training, the latent walk gets the trainer's generator at most this often. */
const EXPORT_MS = 500;

export interface Frame {
  snapshot: GanSnapshot;
  history: HistoryView;
  rate: number | null;
}

export function useReducedMotion(): boolean {
  const [reduced, setReduced] = useState(false);
  useEffect(() => {
    const mq = window.matchMedia('(prefers-reduced-motion: reduce)');
    const update = () => setReduced(mq.matches);
    update();
    mq.addEventListener('change', update);
    return () => mq.removeEventListener('change', update);
  }, []);
  return reduced;
}

export function useGanTrainer() {
  const { values, update, problems, linkToSetting } = useUrlState(NAMESPACE, ganSchema);
  const pointsText = useUrlText(POINTS_PARAM, isPointsParam);
  const points = useMemo(() => (pointsText.value ? (parsePoints(pointsText.value, DEFAULT_BOUNDS) ?? []) : []), [pointsText.value]);
  const reduced = useReducedMotion();
  const [frame, setFrame] = useState<Frame | null>(null);
  const [playing, setPlaying] = useState(false);
  // The latent walk may read this trainer's generator: send it the state while it does.
  const wanted = useGeneratorWanted();
  const wantedRef = useRef(wanted);
  const lastExport = useRef(0);
  const [diverged, setDiverged] = useState<number | null>(null);
  const [failed, setFailed] = useState(false);
  const [inWorker, setInWorker] = useState(true);
  const [typed, setTyped] = useState<Partial<Record<NumberField, string>>>({});
  const [badFields, setBadFields] = useState<Partial<Record<NumberField, boolean>>>({});
  const client = useRef<TrainerClient | null>(null);
  const { command, answered, synced } = useAckedCommands(client);
  const runId = useRef(0);
  const lastShown = useRef(0);
  const lastText = useRef(0);
  const latest = useRef<Frame | null>(null);
  const painter = useRef<((frame: Frame) => void) | null>(null);
  const paintPending = useRef(false);
  const reducedRef = useRef(reduced);
  useEffect(() => {
    reducedRef.current = reduced;
  }, [reduced]);

  const config = useMemo(() => configFrom(values, values.data === 'drawn' ? points : []), [values, points]);
  const needPoints = values.data === 'drawn' && points.length === 0;
  const configKey = JSON.stringify(config);

  useEffect(() => {
    const c = createTrainerClient((m: EngineMessage) => {
      if (m.id !== runId.current) return;
      if (m.type === 'state') {
        publishGenerator(m.state);
        return;
      }
      if (m.type === 'frame') {
        if (wantedRef.current && (!m.playing || performance.now() - lastExport.current >= EXPORT_MS)) {
          lastExport.current = performance.now();
          // Not a reader's command: it goes without a sequence number, so it does not hold up the answer to one.
          client.current?.send({ type: 'export', id: m.id });
        }
        // A frame sent before the reader's last command must not turn the play button back.
        if (answered(m.ack)) setPlaying(m.playing);
        const now = performance.now();
        // Reduced motion: while training, show a frame only every half second; paused frames always show.
        if (m.playing && reducedRef.current && now - lastShown.current < REDUCED_FRAME_MS) return;
        lastShown.current = now;
        const f: Frame = { snapshot: m.snapshot, history: m.history, rate: m.rate };
        latest.current = f;
        if (!paintPending.current) {
          paintPending.current = true;
          requestAnimationFrame(() => {
            paintPending.current = false;
            if (latest.current) painter.current?.(latest.current);
          });
        }
        if (m.playing && now - lastText.current < TEXT_FRAME_MS) return;
        lastText.current = now;
        setFrame(f);
        setFailed(false);
        if (!m.playing && m.snapshot.iteration === 0) setDiverged(null);
      } else if (m.type === 'diverged') {
        setDiverged(m.iteration);
        setPlaying(false);
      } else if (m.type === 'error') {
        setFailed(true);
        setPlaying(false);
      }
    });
    client.current = c;
    setInWorker(c.inWorker);
    return () => {
      c.dispose();
      client.current = null;
    };
  }, [answered]);

  useEffect(() => {
    wantedRef.current = wanted;
    if (wanted) client.current?.send({ type: 'export', id: runId.current });
  }, [wanted]);

  const configOk = useMemo(() => {
    try {
      resolveGanConfig(JSON.parse(configKey));
      return true;
    } catch {
      return false;
    }
  }, [configKey]);

  const start = useCallback(() => {
    if (!configOk) return;
    runId.current += 1;
    command({ type: 'init', id: runId.current, config: JSON.parse(configKey) });
  }, [configKey, configOk, command]);

  // A new setting starts a new run; a run that was playing keeps playing.
  useEffect(() => {
    if (needPoints) {
      command({ type: 'pause', id: runId.current });
      return;
    }
    start();
  }, [start, needPoints, command]);

  const play = () => {
    if (needPoints || diverged !== null) return;
    command({ type: 'play', id: runId.current });
    setPlaying(true);
  };
  const pause = () => {
    command({ type: 'pause', id: runId.current });
    setPlaying(false);
  };
  const stepBy = (n: number) => {
    if (needPoints || diverged !== null) return;
    command({ type: 'step', id: runId.current, n });
    setPlaying(false);
  };
  const reset = () => {
    command({ type: 'pause', id: runId.current });
    setPlaying(false);
    if (!needPoints) start();
  };

  const set = (patch: Partial<GanValues>) => pointsText.keep(() => update(patch));

  function typeField(field: NumberField, raw: string) {
    setTyped((t) => ({ ...t, [field]: raw }));
    const spec = ganSchema[field];
    const parsed = parseNumber(raw);
    const ok =
      parsed.ok &&
      parsed.value >= spec.min &&
      parsed.value <= spec.max &&
      (!('integer' in spec) || !spec.integer || Number.isInteger(parsed.value));
    setBadFields((b) => ({ ...b, [field]: !ok }));
    if (ok) set({ [field]: parsed.value } as Partial<GanValues>);
  }

  function setPoints(next: readonly (readonly number[])[]) {
    pointsText.set(next.length > 0 ? formatPoints(next) : null);
  }
  const addPoint = (p: readonly number[]) => {
    if (points.length >= MAX_DRAWN_POINTS) return false;
    setPoints([...points, p]);
    return true;
  };
  const undoPoint = () => setPoints(points.slice(0, -1));
  const clearPoints = () => setPoints([]);

  return {
    values,
    points,
    frame: needPoints ? null : frame,
    /** The newest frame (newer than `frame` while training runs), for painting. */
    latestFrame: useCallback(() => latest.current, []),
    /** Registers the function that paints a frame on the canvases. */
    setPainter: useCallback((paint: ((frame: Frame) => void) | null) => {
      painter.current = paint;
    }, []),
    playing: playing && !needPoints,
    /** For tests: has the engine caught up with the reader's last command? */
    engineState: diverged !== null ? 'stopped' : !synced ? 'pending' : playing && !needPoints ? 'running' : 'paused',
    diverged,
    failed: failed || !configOk,
    needPoints,
    inWorker,
    reduced,
    problems: [...problems.filter((p) => p.param !== POINTS_PARAM), ...(pointsText.problem ? [pointsText.problem] : [])],
    linkToSetting,
    typedValue: (field: NumberField) => typed[field] ?? String(values[field]),
    badField: (field: NumberField) => badFields[field] === true,
    typeField,
    set,
    play,
    pause,
    stepBy,
    reset,
    addPoint,
    undoPoint,
    clearPoints,
  };
}
