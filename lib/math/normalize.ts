// Turns non-negative weights into probabilities without overflowing the total (weights near 1e308 add to Infinity).

import { assertWeights } from './validate';

/** Returns weights / sum(weights); throws a RangeError for negative, non-finite or all-zero weights. */
export function normalizeWeights(weights: readonly number[]): number[] {
  assertWeights(weights, 'weights');
  let max = 0;
  for (const w of weights) if (w > max) max = w;
  const scaled = weights.map((w) => w / max);
  const total = scaled.reduce((sum, w) => sum + w, 0);
  return scaled.map((w) => w / total);
}
