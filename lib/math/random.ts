// Seeded pseudo-random numbers, so every widget and test can replay the same draws from a seed.

import { assertFiniteNumber, assertInteger } from './validate';

/** Mixes the 64 bits of a double into one 32-bit integer (murmur3 finaliser), so nearby seeds give unrelated streams. */
function hashSeed(seed: number): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, seed === 0 ? 0 : seed);
  let h = (view.getUint32(0) ^ Math.imul(view.getUint32(4), 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * A mulberry32 generator: uniform numbers in [0, 1), the same sequence for the same seed.
 * Any finite seed works (fractions and negatives included; 0 and -0 are the same seed).
 */
export function createRng(seed: number): () => number {
  assertFiniteNumber(seed, 'seed');
  let state = hashSeed(seed);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One call of rng, checked to lie in [0, 1) so a faulty generator fails loudly instead of skewing draws. */
export function uniform(rng: () => number): number {
  const u = rng();
  if (!(u >= 0 && u < 1)) throw new RangeError(`rng must return numbers in [0, 1), got ${String(u)}`);
  return u;
}

/** A standard normal draw (Box–Muller); 1 − u lies in (0, 1], so the logarithm never sees 0. */
export function gaussian(rng: () => number): number {
  const u1 = 1 - uniform(rng);
  const u2 = uniform(rng);
  return Math.sqrt(Math.max(0, -2 * Math.log(u1))) * Math.cos(2 * Math.PI * u2);
}

/** A whole number in [0, n), uniform. */
export function randomInt(rng: () => number, n: number): number {
  assertInteger(n, 'n', 1);
  return Math.min(n - 1, Math.floor(uniform(rng) * n));
}
