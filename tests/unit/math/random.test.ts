import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPermutation, randomPermutation } from '@/lib/math/permutation';
import { createRng, gaussian, randomInt, uniform } from '@/lib/math/random';

const take = (rng: () => number, n: number) => Array.from({ length: n }, rng);

describe('createRng', () => {
  it('replays the same sequence for the same seed', () => {
    expect(take(createRng(42), 20)).toEqual(take(createRng(42), 20));
  });

  it('gives different sequences for nearby, fractional and negative seeds', () => {
    const streams = [1, 2, 1.5, -1, 1e300].map((seed) => take(createRng(seed), 5).join());
    expect(new Set(streams).size).toBe(streams.length);
  });

  it('treats 0 and -0 as the same seed', () => {
    expect(take(createRng(-0), 5)).toEqual(take(createRng(0), 5));
  });

  it('returns numbers in [0, 1) for any finite seed', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (seed) => {
        for (const u of take(createRng(seed), 50)) {
          expect(u).toBeGreaterThanOrEqual(0);
          expect(u).toBeLessThan(1);
        }
      }),
    );
  });

  it('is roughly uniform: mean near 1/2 and each tenth near 10%', () => {
    const xs = take(createRng(7), 20_000);
    expect(xs.reduce((a, b) => a + b, 0) / xs.length).toBeCloseTo(0.5, 2);
    const bins = new Array<number>(10).fill(0);
    for (const x of xs) bins[Math.floor(x * 10)]! += 1;
    for (const count of bins) expect(Math.abs(count / xs.length - 0.1)).toBeLessThan(0.01);
  });

  it('rejects a seed that is not finite', () => {
    for (const seed of [NaN, Infinity, -Infinity]) expect(() => createRng(seed)).toThrow(RangeError);
  });
});

describe('gaussian', () => {
  it('has mean 0 and variance 1', () => {
    const rng = createRng(3);
    const xs = Array.from({ length: 40_000 }, () => gaussian(rng));
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    const variance = xs.reduce((a, x) => a + (x - mean) ** 2, 0) / xs.length;
    expect(Math.abs(mean)).toBeLessThan(0.02);
    expect(Math.abs(variance - 1)).toBeLessThan(0.03);
  });

  it('stays finite when the generator returns 0 (log of 1 − 0, never log 0)', () => {
    expect(gaussian(() => 0)).toBe(0);
    expect(Number.isFinite(gaussian(() => 0.9999999999999999))).toBe(true);
  });

  it('rejects a generator that leaves [0, 1)', () => {
    expect(() => gaussian(() => 1)).toThrow(RangeError);
    expect(() => uniform(() => NaN)).toThrow(RangeError);
    expect(() => uniform(() => -0.1)).toThrow(RangeError);
  });
});

describe('randomInt', () => {
  it('covers 0..n-1 and nothing else', () => {
    const rng = createRng(5);
    const seen = new Set(Array.from({ length: 500 }, () => randomInt(rng, 6)));
    expect([...seen].sort()).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('rejects n that is not a whole number >= 1', () => {
    for (const n of [0, -1, 1.5, NaN]) expect(() => randomInt(createRng(1), n)).toThrow(RangeError);
  });
});

describe('randomPermutation', () => {
  it('always returns a permutation, the same one for the same seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 50 }), fc.integer(), (n, seed) => {
        const p = randomPermutation(n, createRng(seed));
        expect(isPermutation(p, n)).toBe(true);
        expect(randomPermutation(n, createRng(seed))).toEqual(p);
      }),
    );
  });

  it('reaches every ordering of three items', () => {
    const rng = createRng(11);
    const seen = new Set(Array.from({ length: 300 }, () => randomPermutation(3, rng).join()));
    expect(seen.size).toBe(6);
  });

  it('isPermutation rejects repeats, gaps, wrong lengths and fractions', () => {
    expect(isPermutation([0, 2, 1], 3)).toBe(true);
    expect(isPermutation([0, 0, 1], 3)).toBe(false);
    expect(isPermutation([0, 1, 3], 3)).toBe(false);
    expect(isPermutation([0, 1], 3)).toBe(false);
    expect(isPermutation([0, 0.5, 1], 3)).toBe(false);
  });
});
