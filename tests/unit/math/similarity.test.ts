import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cosineSimilarity, dot, norm } from '@/lib/math/similarity';

const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
const pairOfVectors = fc
  .integer({ min: 1, max: 12 })
  .chain((n) => fc.tuple(fc.array(finite, { minLength: n, maxLength: n }), fc.array(finite, { minLength: n, maxLength: n })));

describe('dot', () => {
  it('matches known values', () => {
    expect(dot([1, 2, 3], [4, 5, 6])).toBe(32);
    expect(dot([1, 0], [0, 1])).toBe(0);
  });

  it('survives terms that overflow on their own', () => {
    expect(dot([1e200, 1e200], [1e200, -1e200])).toBe(0);
    expect(dot([1e200, 1e200], [1e200, 1e200])).toBe(Number.MAX_VALUE);
    expect(dot([1e200, 1e200], [-1e200, -1e200])).toBe(-Number.MAX_VALUE);
    expect(dot([1e200, 1], [1e100, 0])).toBeCloseTo(1e300, -290);
  });

  it('throws a RangeError for empty, mismatched or non-finite vectors', () => {
    expect(() => dot([], [])).toThrow(RangeError);
    expect(() => dot([1, 2], [1])).toThrow(/same length/);
    expect(() => dot([NaN], [1])).toThrow(RangeError);
    expect(() => dot([1], [Infinity])).toThrow(RangeError);
  });

  it('is finite and symmetric for any finite vectors', () => {
    fc.assert(
      fc.property(pairOfVectors, ([a, b]) => {
        const ab = dot(a, b);
        expect(Number.isFinite(ab)).toBe(true);
        expect(ab).toBe(dot(b, a));
      }),
    );
  });
});

describe('norm', () => {
  it('matches known values', () => {
    expect(norm([3, 4])).toBe(5);
    expect(norm([0, 0, 0])).toBe(0);
    expect(norm([-2])).toBe(2);
  });

  it('neither overflows nor underflows', () => {
    expect(norm([3e300, 4e300])).toBeCloseTo(5e300, -290);
    expect(norm([3e-300, 4e-300]) / 1e-300).toBeCloseTo(5, 12);
    expect(norm([1.5e308, 1.5e308])).toBe(Number.MAX_VALUE);
  });

  it('is finite, non-negative and scales with |c|', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e100, max: 1e100, noNaN: true }), { minLength: 1, maxLength: 10 }), fc.double({ min: -1e3, max: 1e3, noNaN: true }), (a, c) => {
        const n = norm(a);
        expect(n).toBeGreaterThanOrEqual(0);
        expect(Number.isFinite(n)).toBe(true);
        const expected = Math.abs(c) * n;
        expect(Math.abs(norm(a.map((x) => c * x)) - expected)).toBeLessThanOrEqual(1e-12 * expected + 1e-300);
      }),
    );
  });
});

describe('cosineSimilarity', () => {
  it('matches known values', () => {
    expect(cosineSimilarity([1, 2], [2, 4])).toBeCloseTo(1, 15);
    expect(cosineSimilarity([1, 2], [-1, -2])).toBeCloseTo(-1, 15);
    expect(cosineSimilarity([1, 0], [0, 3])).toBe(0);
    expect(cosineSimilarity([1, 0], [1, 1])).toBeCloseTo(Math.SQRT1_2, 15);
  });

  it('is 0 when either vector is all zeros', () => {
    expect(cosineSimilarity([0, 0], [1, 2])).toBe(0);
    expect(cosineSimilarity([1, 2], [0, 0])).toBe(0);
    expect(cosineSimilarity([0], [0])).toBe(0);
  });

  it('works for huge and tiny components', () => {
    expect(cosineSimilarity([1e300, 1e300], [1e300, 1e300])).toBe(1);
    expect(cosineSimilarity([1e-300, 1e-300], [1e-300, 0])).toBeCloseTo(Math.SQRT1_2, 15);
    expect(cosineSimilarity([1.7e308, -1.7e308], [5e-324, 0])).toBeCloseTo(Math.SQRT1_2, 15);
  });

  it('throws a RangeError for empty, mismatched or non-finite vectors', () => {
    expect(() => cosineSimilarity([], [])).toThrow(RangeError);
    expect(() => cosineSimilarity([1], [1, 2])).toThrow(RangeError);
    expect(() => cosineSimilarity([NaN, 1], [1, 2])).toThrow(RangeError);
  });

  it('does not mutate its inputs', () => {
    const a = Object.freeze([1e300, 2]);
    const b = Object.freeze([3, 4]);
    cosineSimilarity(a, b);
    expect([a, b]).toEqual([[1e300, 2], [3, 4]]);
  });

  it('lies in [-1, 1], is symmetric, and is 1 for a non-zero vector with itself', () => {
    fc.assert(
      fc.property(pairOfVectors, ([a, b]) => {
        const c = cosineSimilarity(a, b);
        expect(c).toBeGreaterThanOrEqual(-1);
        expect(c).toBeLessThanOrEqual(1);
        expect(c).toBe(cosineSimilarity(b, a));
        if (a.some((x) => x !== 0)) expect(cosineSimilarity(a, a)).toBeCloseTo(1, 12);
      }),
    );
  });

  it('ignores positive scaling', () => {
    const moderate = fc.double({ min: -1e300, max: 1e300, noNaN: true }).map((x) => (Math.abs(x) < 1e-200 ? 0 : x));
    const moderatePair = fc
      .integer({ min: 1, max: 12 })
      .chain((n) => fc.tuple(fc.array(moderate, { minLength: n, maxLength: n }), fc.array(moderate, { minLength: n, maxLength: n })));
    fc.assert(
      fc.property(moderatePair, fc.double({ min: 1e-3, max: 1e3, noNaN: true }), ([a, b], c) => {
        expect(cosineSimilarity(a.map((x) => x * c), b)).toBeCloseTo(cosineSimilarity(a, b), 9);
      }),
    );
  });
});
