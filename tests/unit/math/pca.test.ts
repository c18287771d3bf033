import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pca2d } from '@/lib/math/pca';

const variance = (xs: readonly number[]) => {
  const m = xs.reduce((a, b) => a + b, 0) / xs.length;
  return xs.reduce((a, x) => a + (x - m) ** 2, 0) / xs.length;
};

describe('pca2d', () => {
  it('finds the axes of a cross-shaped point set with known variances', () => {
    const { points, explained, components } = pca2d([
      [2, 0],
      [-2, 0],
      [0, 1],
      [0, -1],
    ]);
    expect(explained[0]).toBeCloseTo(0.8, 10);
    expect(explained[1]).toBeCloseTo(0.2, 10);
    expect(components[0][0]).toBeCloseTo(1, 10);
    expect(Math.abs(components[1][1]!)).toBeCloseTo(1, 10);
    expect(points.map((p) => p[0])).toEqual([2, -2, 0, 0].map((x) => expect.closeTo(x, 10)));
  });

  it('puts points on a line on the first axis with nothing left for the second', () => {
    const { points, explained, components } = pca2d([
      [-1, -2],
      [0, 0],
      [1, 2],
    ]);
    expect(explained[0]).toBeCloseTo(1, 12);
    expect(explained[1]).toBeCloseTo(0, 12);
    expect(components[0][0]).toBeCloseTo(1 / Math.sqrt(5), 10);
    expect(components[0][1]).toBeCloseTo(2 / Math.sqrt(5), 10);
    points.forEach((p, i) => {
      expect(p[0]).toBeCloseTo((i - 1) * Math.sqrt(5), 10);
      expect(p[1]).toBeCloseTo(0, 10);
    });
  });

  it('finds a diagonal direction even when a single axis has the largest variance', () => {
    // x has variance 2/3; y and z move together, each with variance 1/2, so (0, 1, 1)/√2 carries 1.
    const { explained, components } = pca2d([
      [1, 0, 0],
      [-1, 0, 0],
      [0, 0, 0],
      [0, 0.75, 0.75],
      [0, -0.75, -0.75],
      [0, 0, 0],
    ]);
    expect(components[0][0]).toBeCloseTo(0, 8);
    expect(components[0][1]).toBeCloseTo(Math.SQRT1_2, 8);
    expect(components[0][2]).toBeCloseTo(Math.SQRT1_2, 8);
    expect(Math.abs(components[1][0]!)).toBeCloseTo(1, 8);
    expect(explained[0] + explained[1]).toBeCloseTo(1, 10);
  });

  it('fixes the sign: negating the data negates the points, not the components', () => {
    const data = [
      [1, 2, 3],
      [2, 1, 0],
      [0, 5, 1],
      [4, 4, 4],
    ];
    const a = pca2d(data);
    const b = pca2d(data.map((row) => row.map((x) => -x)));
    a.components.forEach((c, k) => c.forEach((x, j) => expect(b.components[k]![j]).toBeCloseTo(x, 8)));
    a.points.forEach((p, i) => p.forEach((x, k) => expect(b.points[i]![k]).toBeCloseTo(-x, 8)));
    expect(pca2d(data)).toEqual(a);
  });

  it('has documented answers for degenerate input', () => {
    expect(pca2d([[3, 4]])).toEqual({ points: [[0, 0]], explained: [0, 0], components: [[0, 0], [0, 0]] });
    expect(pca2d([[1, 1], [1, 1]]).explained).toEqual([0, 0]);
    const line = pca2d([[1], [3], [5]]);
    expect(line.explained).toEqual([1, 0]);
    expect(line.points.map((p) => p[1])).toEqual([0, 0, 0]);
    line.points.forEach((p, i) => expect(p[0]).toBeCloseTo(2 * (i - 1), 12));
  });

  it('stays finite for huge values', () => {
    const { points, explained } = pca2d([
      [1e308, -1e308],
      [-1e308, 1e308],
      [1e308, 1e308],
    ]);
    for (const p of points) for (const x of p) expect(Number.isFinite(x)).toBe(true);
    expect(explained[0] + explained[1]).toBeCloseTo(1, 10);
  });

  it('throws a RangeError for empty, ragged or non-finite input', () => {
    expect(() => pca2d([])).toThrow(RangeError);
    expect(() => pca2d([[1, 2], [3]])).toThrow(RangeError);
    expect(() => pca2d([[1, NaN]])).toThrow(RangeError);
  });

  it('does not mutate its input', () => {
    const data = Object.freeze([Object.freeze([1, 2]), Object.freeze([3, 5]), Object.freeze([0, 1])]);
    pca2d(data);
    expect(data).toEqual([[1, 2], [3, 5], [0, 1]]);
  });

  it('gives orthonormal axes, centred points and ratios that match the point variances', () => {
    const rows = fc.integer({ min: 1, max: 6 }).chain((d) =>
      fc.array(fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: d, maxLength: d }), { minLength: 2, maxLength: 15 }),
    );
    fc.assert(
      fc.property(rows, (data) => {
        const { points, explained, components } = pca2d(data);
        const d = data[0]!.length;
        const total = Array.from({ length: d }, (_, j) => variance(data.map((r) => r[j]!))).reduce((a, b) => a + b, 0);
        expect(explained[0]).toBeGreaterThanOrEqual(explained[1] - 1e-9);
        expect(explained[0] + explained[1]).toBeLessThanOrEqual(1 + 1e-9);
        for (const k of [0, 1] as const) {
          const xs = points.map((p) => p[k]);
          expect(Math.abs(xs.reduce((a, b) => a + b, 0))).toBeLessThan(1e-6 * (1 + Math.sqrt(total)) * xs.length);
          if (total > 1e-9) expect(variance(xs) / total).toBeCloseTo(explained[k], 5);
          const length = Math.hypot(...components[k]);
          if (length > 0) expect(length).toBeCloseTo(1, 9);
        }
        const cross = components[0].reduce((a, x, j) => a + x * components[1][j]!, 0);
        expect(Math.abs(cross)).toBeLessThan(1e-6);
      }),
    );
  });
});
