// A rough gauge of how far generated points are from real ones: the Jensen–Shannon divergence of smoothed histograms.

import { assertBounds, type Bounds } from './datasets';
import { jensenShannon } from './optimal';
import { assertFiniteMatrix, assertInteger } from '@/lib/math/validate';

/**
 * Pseudo-count added to every histogram cell (the Krichevsky–Trofimov ½). Without it two finite samples of the
 * same distribution look divergent wherever one of them happens to leave a cell empty; with it the estimate of
 * identical distributions sits near 0, at the price of pulling every estimate down a little.
 */
export const SMOOTHING = 0.5;

const MAX_BINS = 256;

function histogram(points: readonly (readonly number[])[], dim: number, bounds: Bounds, bins: number): number[] {
  const counts = new Array<number>(dim === 1 ? bins : bins * bins).fill(SMOOTHING);
  const cell = (v: number, min: number, max: number): number =>
    Math.min(bins - 1, Math.max(0, Math.floor(((v - min) / (max - min)) * bins)));
  for (const p of points) {
    const i = cell(p[0] as number, bounds.xMin, bounds.xMax);
    const k = dim === 1 ? i : cell(p[1] as number, bounds.yMin, bounds.yMax) * bins + i;
    counts[k] = (counts[k] as number) + 1;
  }
  return counts;
}

/**
 * JSD (in nats, between 0 and log 2 ≈ 0.693) between histograms of `real` and `fake` points over `bounds`, with
 * `bins` cells per axis (`bins`² cells for 2-D points) and `SMOOTHING` added to each cell. Points outside the
 * bounds count in the nearest edge cell. Points are all 1-D or all 2-D; 1-D points use only the x range.
 * It is a display figure, biased by the binning and the smoothing; compare it across training, not to theory.
 */
export function divergenceEstimate(
  real: readonly (readonly number[])[],
  fake: readonly (readonly number[])[],
  bounds: Bounds,
  bins: number,
): number {
  const dim = assertFiniteMatrix(real, 'real');
  const fakeDim = assertFiniteMatrix(fake, 'fake');
  if (dim !== fakeDim) throw new RangeError(`real and fake points must have the same dimension, got ${dim} and ${fakeDim}`);
  if (dim > 2) throw new RangeError(`points must be 1-D or 2-D, got ${dim}-D`);
  assertBounds(bounds, dim === 2);
  assertInteger(bins, 'bins', 1);
  if (bins > MAX_BINS) throw new RangeError(`bins must be at most ${MAX_BINS}, got ${bins}`);
  return jensenShannon(histogram(real, dim, bounds, bins), histogram(fake, dim, bounds, bins));
}
