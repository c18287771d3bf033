'use client';
// State of the PPO clip widget: ε, the ratio and the advantage in the URL; typed ratio and advantage that may
// be invalid while the last good values stay in force; the two curves and the marked point from lib/rlhf/ppo.
import { useMemo } from 'react';
import { clippedObjective, clippedObjectiveCurve, clippedObjectiveSlope } from '@/lib/rlhf/ppo';
import { saturate } from '@/lib/math/saturate';
import { useUrlState } from '../use-url-state';
import { useTypedNumber } from '../chatgpt-shared/use-typed-number';
import { CURVE_POINTS, NAMESPACE, ppoClipSchema, RATIO_FROM, RATIO_TO } from './schema';

export function usePpoClip() {
  const { values, update, problems, linkToSetting } = useUrlState(NAMESPACE, ppoClipSchema);
  const { eps, r, a } = values;
  const ratio = useTypedNumber(r, ppoClipSchema.r.min, ppoClipSchema.r.max, (x) => update({ r: x }));
  const advantage = useTypedNumber(a, ppoClipSchema.a.min, ppoClipSchema.a.max, (x) => update({ a: x }));
  // The charts show ±|Â|; with Â = 0 both would be flat at 0, so they show ±1 instead.
  const magnitude = Math.abs(a) > 0 ? Math.abs(a) : 1;
  const curves = useMemo(() => {
    const options = { epsilon: eps, from: RATIO_FROM, to: RATIO_TO, points: CURVE_POINTS };
    return { positive: clippedObjectiveCurve(magnitude, options), negative: clippedObjectiveCurve(-magnitude, options) };
  }, [eps, magnitude]);
  const point = useMemo(
    () => ({ objective: clippedObjective(r, a, eps), unclipped: saturate(r * a), slope: clippedObjectiveSlope(r, a, eps) }),
    [r, a, eps],
  );
  return {
    eps,
    r,
    a,
    magnitude,
    curves,
    point,
    ratio,
    advantage,
    problems,
    linkToSetting,
    setEps: (x: number) => update({ eps: x }),
  };
}
