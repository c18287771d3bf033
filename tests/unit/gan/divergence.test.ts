import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BOUNDS, sampleDataset } from '@/lib/gan/datasets';
import { divergenceEstimate } from '@/lib/gan/divergence';
import { createRng } from '@/lib/math/random';

const coordinate = fc.double({ min: -1e6, max: 1e6, noNaN: true });
const points = fc.array(fc.tuple(coordinate, coordinate), { minLength: 1, maxLength: 40 });

describe('divergenceEstimate', () => {
  it('is exactly 0 for the same points', () => {
    const pts = Object.freeze(sampleDataset('moons', 500, createRng(1))) as number[][];
    expect(divergenceEstimate(pts, pts, DEFAULT_BOUNDS, 20)).toBe(0);
  });

  it('is small for two samples of one distribution and large for different ones', () => {
    const a = sampleDataset('ring', 2000, createRng(1));
    const b = sampleDataset('ring', 2000, createRng(2));
    const c = sampleDataset('gaussian', 2000, createRng(3));
    const same = divergenceEstimate(a, b, DEFAULT_BOUNDS, 20);
    const different = divergenceEstimate(a, c, DEFAULT_BOUNDS, 20);
    expect(same).toBeLessThan(0.02);
    expect(different).toBeGreaterThan(0.3);
  });

  it('approaches log 2 for far-apart clusters, held back only by the smoothing', () => {
    const left = Array.from({ length: 5000 }, () => [-1, -1]);
    const right = Array.from({ length: 5000 }, () => [1, 1]);
    expect(divergenceEstimate(left, right, DEFAULT_BOUNDS, 10)).toBeGreaterThan(0.68);
  });

  it('works for 1-D points using the x range', () => {
    const a = sampleDataset('gaussian-1d', 1000, createRng(4));
    expect(divergenceEstimate(a, a.map(([x]) => [(x as number) + 1]), DEFAULT_BOUNDS, 30)).toBeGreaterThan(0.2);
  });

  it('is symmetric, within [0, log 2], and counts out-of-range points in the edge cells', () => {
    fc.assert(
      fc.property(points, points, (a, b) => {
        const ab = divergenceEstimate(a, b, DEFAULT_BOUNDS, 8);
        return ab >= 0 && ab <= Math.LN2 && Math.abs(ab - divergenceEstimate(b, a, DEFAULT_BOUNDS, 8)) < 1e-12;
      }),
    );
  });

  it('throws a RangeError on empty or mismatched points, bad bounds or bins', () => {
    const p = [[0, 0]];
    expect(() => divergenceEstimate([], p, DEFAULT_BOUNDS, 10)).toThrow(RangeError);
    expect(() => divergenceEstimate(p, [[0]], DEFAULT_BOUNDS, 10)).toThrow(/same dimension/);
    expect(() => divergenceEstimate([[0, 0, 0]], [[0, 0, 0]], DEFAULT_BOUNDS, 10)).toThrow(RangeError);
    expect(() => divergenceEstimate(p, p, { ...DEFAULT_BOUNDS, xMax: -2 }, 10)).toThrow(RangeError);
    expect(() => divergenceEstimate(p, p, DEFAULT_BOUNDS, 0)).toThrow(RangeError);
    expect(() => divergenceEstimate(p, p, DEFAULT_BOUNDS, 1000)).toThrow(RangeError);
    expect(() => divergenceEstimate(p, [[Number.NaN, 0]], DEFAULT_BOUNDS, 10)).toThrow(RangeError);
  });
});
