'use client';
// State of the diffusion playground: every setting lives in the URL; the forward view is recomputed at
// once, the reverse run restarts in slices whenever a setting that affects it changes.
import { useMemo, useState } from 'react';
import { useUrlState } from '../use-url-state';
import { useReducedMotion } from '../text-to-image-shared/use-reduced-motion';
import { forwardView, landing, scheduleFor } from './model';
import { diffusionSchema, NAMESPACE } from './schema';
import { useReverseRun } from './use-reverse-run';

export function useDiffusionPlayground() {
  const { values, update, problems, linkToSetting } = useUrlState(NAMESPACE, diffusionSchema);
  const reducedMotion = useReducedMotion();
  const [runId, setRunId] = useState(0);
  const { t, bstart, bend, label, s, steps, n, seed } = values;

  const schedule = useMemo(() => scheduleFor(bstart, bend), [bstart, bend]);
  const forward = useMemo(() => forwardView(schedule, t, n, seed), [schedule, t, n, seed]);
  const run = useReverseRun({ schedule, steps, n, seed, label, scale: s }, reducedMotion, runId);
  const done = run?.done ? run : null;
  const result = useMemo(() => (done ? landing(done.points) : null), [done]);

  return {
    values,
    problems,
    linkToSetting,
    reducedMotion,
    forward,
    run,
    result,
    update,
    replay: () => setRunId((r) => r + 1),
  };
}
