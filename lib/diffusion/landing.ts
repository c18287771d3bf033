// Where samples ended up: the share of points each mixture component owns, and how spread out they are.

import { assertNonEmpty } from '@/lib/math/validate';
import { responsibilities, type GaussianMixture, type Point } from './mixture';

/**
 * For each point, the index of the component with the largest posterior P(k | x) under the given mixture:
 * the "caption" the point most likely shows. Ties go to the first component.
 */
export function landingIndices(mixture: GaussianMixture, points: readonly Point[]): number[] {
  return points.map((point) => {
    const r = responsibilities(mixture, point);
    let best = 0;
    for (let k = 1; k < r.length; k++) if ((r[k] as number) > (r[best] as number)) best = k;
    return best;
  });
}

/** The share of points landing in each component (see landingIndices), in component order; no points give zeros. */
export function landingShares(mixture: GaussianMixture, points: readonly Point[]): number[] {
  const counts = mixture.components.map(() => 0);
  for (const k of landingIndices(mixture, points)) counts[k] = (counts[k] as number) + 1;
  return counts.map((c) => (points.length === 0 ? 0 : c / points.length));
}

/**
 * Root-mean-square distance of the points from their own centroid: a one-number measure of diversity,
 * which guidance trades away for agreement with the label.
 */
export function spread(points: readonly Point[]): number {
  assertNonEmpty(points, 'points');
  let mx = 0;
  let my = 0;
  for (const p of points) {
    mx += p[0];
    my += p[1];
  }
  mx /= points.length;
  my /= points.length;
  let total = 0;
  for (const p of points) total += (p[0] - mx) ** 2 + (p[1] - my) ** 2;
  return Math.sqrt(total / points.length);
}
