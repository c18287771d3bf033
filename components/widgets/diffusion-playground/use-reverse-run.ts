'use client';
// Runs DDPM sampling in small slices so the page never stalls: one slice per animation frame (the points
// move), or, with reduced motion, slices between tasks and only the finished samples drawn.
import { useEffect, useState } from 'react';
import type { Point } from '@/lib/diffusion/mixture';
import { advance, createSampler, guidanceFromScale, type SamplerState } from '@/lib/diffusion/sampler';
import type { NoiseSchedule } from '@/lib/diffusion/schedule';
import { createRng } from '@/lib/math/random';
import { mixture } from './model';
import { SNAPSHOTS, TRAJECTORIES } from './schema';

export type RunSettings = {
  readonly schedule: NoiseSchedule;
  readonly steps: number;
  readonly n: number;
  readonly seed: number;
  readonly label: string;
  readonly scale: number;
};

export type RunFrame = {
  readonly points: readonly Point[];
  readonly t: number;
  readonly stepsDone: number;
  readonly total: number;
  readonly done: boolean;
  /** The first few points' paths so far, one polyline each. */
  readonly trajectories: readonly (readonly Point[])[];
};

/** About this many frames for a whole run, so any step count animates in roughly a second and a half. */
const FRAMES = 90;
/** Time budget of one slice when nothing is drawn in between. */
const SLICE_MS = 8;

function frameOf(state: SamplerState): RunFrame {
  const trajectories = Array.from({ length: Math.min(TRAJECTORIES, state.points.length) }, (_, i) =>
    state.snapshots.map((s) => s.points[i] as Point),
  );
  return { points: state.points, t: state.t, stepsDone: state.stepsDone, total: state.plan.length, done: state.done, trajectories };
}

export function useReverseRun(settings: RunSettings, reducedMotion: boolean, runId: number): RunFrame | null {
  const [current, setCurrent] = useState<{ key: string; frame: RunFrame } | null>(null);
  const { schedule, steps, n, seed, label, scale } = settings;
  // A frame from an earlier setting is never shown as if it belonged to this one.
  const key = [schedule.betas[0], schedule.betas.at(-1), steps, n, seed, label, scale, reducedMotion, runId].join('|');

  useEffect(() => {
    const rng = createRng(seed);
    let state = createSampler(
      { mixture, schedule, steps, count: n, guidance: guidanceFromScale(label, scale), snapshotEvery: Math.max(1, Math.ceil(steps / SNAPSHOTS)) },
      rng,
    );
    let cancelled = false;
    const setFrame = (frame: RunFrame) => setCurrent({ key, frame });
    // Kept apart: a timeout id passed to cancelAnimationFrame could cancel someone else's frame.
    let frameHandle = 0;
    let timeoutHandle = 0;
    const perFrame = Math.max(1, Math.ceil(steps / FRAMES));

    function animate() {
      if (cancelled) return;
      state = advance(state, perFrame, rng);
      setFrame(frameOf(state));
      if (!state.done) frameHandle = window.requestAnimationFrame(animate);
    }

    function quietly() {
      if (cancelled) return;
      const start = performance.now();
      while (!state.done && performance.now() - start < SLICE_MS) state = advance(state, perFrame, rng);
      if (state.done) setFrame(frameOf(state));
      else timeoutHandle = window.setTimeout(quietly, 0);
    }

    if (reducedMotion) {
      timeoutHandle = window.setTimeout(quietly, 0);
    } else {
      frameHandle = window.requestAnimationFrame(() => {
        setFrame(frameOf(state));
        frameHandle = window.requestAnimationFrame(animate);
      });
    }
    return () => {
      cancelled = true;
      window.cancelAnimationFrame(frameHandle);
      window.clearTimeout(timeoutHandle);
    };
  }, [key, schedule, steps, n, seed, label, scale, reducedMotion]);

  return current?.key === key ? current.frame : null;
}
