import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeWeights } from '@/lib/math/normalize';
import { saturate } from '@/lib/math/saturate';
import { assertFiniteMatrix, assertInteger, assertPositive, assertProbability } from '@/lib/math/validate';

describe('normalizeWeights', () => {
  it('divides by the total, even when the total would overflow', () => {
    expect(normalizeWeights([1, 3])).toEqual([0.25, 0.75]);
    expect(normalizeWeights([1e308, 1e308, 0])).toEqual([0.5, 0.5, 0]);
  });

  it('throws a RangeError for negative, non-finite, empty or all-zero weights', () => {
    for (const bad of [[], [0, 0], [1, -1], [1, NaN], [Infinity]]) expect(() => normalizeWeights(bad)).toThrow(RangeError);
  });

  it('always sums to 1', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: Number.MAX_VALUE, noNaN: true }), { minLength: 1, maxLength: 20 }).filter((xs) => xs.some((x) => x > 0)), (xs) => {
        expect(normalizeWeights(xs).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
      }),
    );
  });
});

describe('saturate', () => {
  it('clamps overflow to the largest finite double and leaves the rest alone', () => {
    expect(saturate(Infinity)).toBe(Number.MAX_VALUE);
    expect(saturate(-Infinity)).toBe(-Number.MAX_VALUE);
    expect(saturate(-3.5)).toBe(-3.5);
  });
});

describe('validation messages', () => {
  it('name the argument and the rule', () => {
    expect(() => assertPositive(0, 'temperature')).toThrow('temperature must be a finite number > 0, got 0');
    expect(() => assertInteger(2.5, 'k', 1)).toThrow('k must be a whole number >= 1, got 2.5');
    expect(() => assertProbability(1.5, 'rate')).toThrow('rate must be in [0, 1], got 1.5');
    expect(() => assertFiniteMatrix([[1, 2], [3]], 'rows')).toThrow('rows[1] has length 1, expected 2');
    expect(() => assertFiniteMatrix([[1, NaN]], 'rows')).toThrow('rows[0][1] must be a finite number, got NaN');
  });
});
