import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from '@/lib/math/random';
import { noiseBatch } from '@/lib/diffusion/forward';
import type { Point } from '@/lib/diffusion/mixture';
import { alphaBarAt, linearBetaSchedule } from '@/lib/diffusion/schedule';

const ddpm = linearBetaSchedule(1000);

function moments(values: readonly number[]): { mean: number; variance: number } {
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  return { mean, variance: values.reduce((s, v) => s + (v - mean) ** 2, 0) / (values.length - 1) };
}

describe('noiseBatch', () => {
  it('has mean √ᾱ_t·x0 and variance 1 − ᾱ_t per coordinate (DDPM Eq. 4)', () => {
    const x0: Point[] = new Array(20_000).fill([1.5, -2] as const);
    for (const t of [50, 300, 1000]) {
      const { points } = noiseBatch(x0, ddpm, t, createRng(t));
      const alphaBar = alphaBarAt(ddpm, t);
      for (const d of [0, 1] as const) {
        const { mean, variance } = moments(points.map((p) => p[d]));
        expect(mean).toBeCloseTo(Math.sqrt(alphaBar) * (x0[0] as Point)[d], 1.2);
        expect(variance / (1 - alphaBar)).toBeCloseTo(1, 1.2);
      }
    }
  });

  it('returns the noise it drew: x_t = √ᾱ x0 + √(1 − ᾱ) ε', () => {
    const x0 = Object.freeze([Object.freeze([0.5, 1] as const), Object.freeze([-3, 2] as const)]);
    const { points, noise } = noiseBatch(x0, ddpm, 400, createRng(11));
    const a = alphaBarAt(ddpm, 400);
    points.forEach((p, i) => {
      for (const d of [0, 1] as const) {
        expect(p[d]).toBeCloseTo(Math.sqrt(a) * (x0[i] as Point)[d] + Math.sqrt(1 - a) * (noise[i] as Point)[d], 12);
      }
    });
  });

  it('returns the data untouched at t = 0 and replays a seed exactly', () => {
    const x0: Point[] = [[1, 2], [3, 4]];
    expect(noiseBatch(x0, ddpm, 0, createRng(1))).toEqual({ points: x0, noise: [[0, 0], [0, 0]] });
    expect(noiseBatch(x0, ddpm, 10, createRng(5))).toEqual(noiseBatch(x0, ddpm, 10, createRng(5)));
    expect(noiseBatch(x0, ddpm, 10, createRng(5))).not.toEqual(noiseBatch(x0, ddpm, 10, createRng(6)));
  });

  it('stays finite for any finite data at any step', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.double({ noNaN: true, noDefaultInfinity: true })), { maxLength: 10 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.integer(),
        (x0, t, seed) => {
          const { points } = noiseBatch(x0, ddpm, t, createRng(seed));
          expect(points.every((p) => Number.isFinite(p[0]) && Number.isFinite(p[1]))).toBe(true);
        },
      ),
    );
  });

  it('rejects a step outside 0…T and bad points', () => {
    expect(() => noiseBatch([[0, 0]], ddpm, 1001, createRng(1))).toThrow(/t must/);
    expect(() => noiseBatch([[0, Number.NaN]], ddpm, 1, createRng(1))).toThrow(/x0\[0\]\[1\]/);
    expect(() => noiseBatch([[0] as unknown as Point], ddpm, 1, createRng(1))).toThrow(/2 coordinates/);
  });
});
