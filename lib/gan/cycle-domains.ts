// The two toy "styles" of the CycleGAN widget: points on a circle (domain X) and points on a square's outline (domain Y).

import { gaussian, randomInt } from '@/lib/math/random';
import { assertInteger } from '@/lib/math/validate';

export type CycleDomain = 'x' | 'y';

/**
 * A circle and a square outline are the same loop bent differently, so a one-to-one translation exists (stretch
 * each radius to the square) and cycle consistency can be met; the square is shifted right so the identity map
 * is not already a good translation.
 */
export const CYCLE_DOMAINS = Object.freeze({
  x: Object.freeze({ centre: Object.freeze([-0.6, 0] as const), radius: 0.6 }),
  y: Object.freeze({ centre: Object.freeze([0.6, 0] as const), halfSide: 0.5 }),
  jitter: 0.02,
});

/** Writes `n` samples of a domain into `out` as (x, y) rows. */
export function sampleDomainInto(domain: CycleDomain, rng: () => number, out: Float64Array, n: number): void {
  if (!Number.isInteger(n) || n < 0 || 2 * n > out.length) {
    throw new RangeError(`n must be a whole number with 2n <= ${out.length}, got ${String(n)}`);
  }
  const { x: circle, y: square, jitter } = CYCLE_DOMAINS;
  for (let s = 0; s < n; s++) {
    let px: number;
    let py: number;
    if (domain === 'x') {
      const angle = 2 * Math.PI * rng();
      px = circle.centre[0] + circle.radius * Math.cos(angle);
      py = circle.centre[1] + circle.radius * Math.sin(angle);
    } else {
      // A side, then a uniform position along it, so the outline is covered evenly.
      const side = randomInt(rng, 4);
      const t = (2 * rng() - 1) * square.halfSide;
      const h = square.halfSide;
      px = square.centre[0] + (side === 0 ? h : side === 1 ? -h : t);
      py = square.centre[1] + (side === 2 ? h : side === 3 ? -h : t);
    }
    out[2 * s] = px + jitter * gaussian(rng);
    out[2 * s + 1] = py + jitter * gaussian(rng);
  }
}

export function sampleDomain(domain: CycleDomain, n: number, rng: () => number): number[][] {
  if (domain !== 'x' && domain !== 'y') throw new RangeError(`domain must be 'x' or 'y', got ${String(domain)}`);
  assertInteger(n, 'n', 1);
  const out = new Float64Array(2 * n);
  sampleDomainInto(domain, rng, out, n);
  return Array.from({ length: n }, (_, s) => [out[2 * s] as number, out[2 * s + 1] as number]);
}
