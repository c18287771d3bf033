// PPO's clipped surrogate objective (Schulman et al. 2017, Eq. 7) for one action, its slope, and a curve to plot.

import { assertFiniteNumber, assertInteger } from '@/lib/math/validate';
import { saturate } from '@/lib/math/saturate';

function checkRatio(ratio: number, name: string): void {
  if (!Number.isFinite(ratio) || ratio < 0) {
    throw new RangeError(`${name} must be a finite number >= 0 (a ratio of probabilities), got ${String(ratio)}`);
  }
}

function checkSettings(advantage: number, epsilon: number): void {
  assertFiniteNumber(advantage, 'advantage');
  if (!(epsilon > 0 && epsilon < 1)) throw new RangeError(`epsilon must be in (0, 1), got ${String(epsilon)}`);
}

function clip(x: number, lo: number, hi: number): number {
  return Math.min(Math.max(x, lo), hi);
}

/**
 * min(r·A, clip(r, 1 − ε, 1 + ε)·A). Taking the smaller term makes it a pessimistic bound: a gain from moving
 * r far from 1 is cut off, a loss is not. Products too large for a double saturate at ±Number.MAX_VALUE.
 */
export function clippedObjective(ratio: number, advantage: number, epsilon = 0.2): number {
  checkRatio(ratio, 'ratio');
  checkSettings(advantage, epsilon);
  const unclipped = saturate(ratio * advantage);
  const clipped = saturate(clip(ratio, 1 - epsilon, 1 + epsilon) * advantage);
  return Math.min(unclipped, clipped);
}

/**
 * d/dr of clippedObjective: A where the unclipped term is the minimum, 0 where the clip takes over
 * (r > 1 + ε with A > 0, r < 1 − ε with A < 0), so PPO stops pushing the policy further that way.
 * Boundary convention: clip(·) is the closed interval [1 − ε, 1 + ε], so at exactly r = 1 ± ε the
 * slope is still A (the value autograd gives for a clamp at its limit); it is 0 only strictly outside.
 */
export function clippedObjectiveSlope(ratio: number, advantage: number, epsilon = 0.2): number {
  checkRatio(ratio, 'ratio');
  checkSettings(advantage, epsilon);
  if (advantage > 0 && ratio > 1 + epsilon) return 0;
  if (advantage < 0 && ratio < 1 - epsilon) return 0;
  return advantage;
}

export type ClippedObjectivePoint = {
  readonly ratio: number;
  readonly objective: number;
  /** r·A, the surrogate without the clip, for drawing next to the clipped curve. */
  readonly unclipped: number;
  /** true where the clip is active, i.e. the slope is 0 although A ≠ 0. */
  readonly clipped: boolean;
};

export type ClippedCurveOptions = { epsilon?: number; from?: number; to?: number; points?: number };

/**
 * Samples the objective at `points` evenly spaced ratios in [from, to] (default 101 points over [0, 2]),
 * plus the kinks 1 ± ε when they fall strictly inside, so a line chart shows sharp corners.
 * points is a whole number in [2, 10000]; 0 <= from < to.
 */
export function clippedObjectiveCurve(advantage: number, options: ClippedCurveOptions = {}): ClippedObjectivePoint[] {
  const { epsilon = 0.2, from = 0, to = 2, points = 101 } = options;
  checkSettings(advantage, epsilon);
  checkRatio(from, 'from');
  assertFiniteNumber(to, 'to');
  if (!(to > from)) throw new RangeError(`to must be greater than from, got from = ${from}, to = ${to}`);
  assertInteger(points, 'points', 2);
  if (points > 10_000) throw new RangeError(`points must be at most 10000, got ${points}`);
  const ratios = Array.from({ length: points }, (_, i) => (i === points - 1 ? to : from + (to - from) * (i / (points - 1))));
  for (const kink of [1 - epsilon, 1 + epsilon]) {
    if (kink > from && kink < to && !ratios.includes(kink)) ratios.push(kink);
  }
  ratios.sort((a, b) => a - b);
  return ratios.map((ratio) => ({
    ratio,
    objective: clippedObjective(ratio, advantage, epsilon),
    unclipped: saturate(ratio * advantage),
    clipped: advantage !== 0 && clippedObjectiveSlope(ratio, advantage, epsilon) === 0,
  }));
}
