// The forward (noising) process in closed form: x_t = √ᾱ_t·x_0 + √(1 − ᾱ_t)·ε, ε ~ N(0, I) (DDPM Eq. 4).

import { gaussian } from '@/lib/math/random';
import { assertFiniteNumber } from '@/lib/math/validate';
import type { Point } from './mixture';
import { logAlphaBarAt, type NoiseSchedule } from './schedule';

export type NoisedBatch = {
  readonly points: Point[];
  /** The ε drawn for each point: what a DDPM network learns to predict back from x_t (L_simple). */
  readonly noise: Point[];
};

/**
 * Jumps every x_0 straight to step t (0…T) without running the chain: t = 0 returns copies of x_0 with zero
 * noise drawn. Draws two normals per point from rng, in point order, so a seed replays the same batch.
 */
export function noiseBatch(x0: readonly Point[], schedule: NoiseSchedule, t: number, rng: () => number): NoisedBatch {
  const logAlphaBar = logAlphaBarAt(schedule, t);
  const signal = Math.exp(0.5 * logAlphaBar);
  // −expm1 keeps 1 − ᾱ_t accurate at small t, where ᾱ_t is within 1e-4 of 1.
  const spread = Math.sqrt(-Math.expm1(logAlphaBar));
  const points: Point[] = [];
  const noise: Point[] = [];
  x0.forEach((x, i) => {
    if (x.length !== 2) throw new RangeError(`x0[${i}] must have 2 coordinates, got ${x.length}`);
    assertFiniteNumber(x[0], `x0[${i}][0]`);
    assertFiniteNumber(x[1], `x0[${i}][1]`);
    const eps: Point = t === 0 ? [0, 0] : [gaussian(rng), gaussian(rng)];
    points.push([signal * x[0] + spread * eps[0], signal * x[1] + spread * eps[1]]);
    noise.push(eps);
  });
  return { points, noise };
}
