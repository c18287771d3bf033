import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { logSumExp, softmax } from '@/lib/math/softmax';

const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
const logitArrays = fc.array(finite, { minLength: 1, maxLength: 30 });
const temperatures = fc.double({ min: 1e-6, max: 1e6, noNaN: true });

describe('softmax', () => {
  it('matches known values', () => {
    const p = softmax([1, 2, 3]);
    [0.09003057317038046, 0.24472847105479764, 0.6652409557748219].forEach((q, i) => expect(p[i]).toBeCloseTo(q, 12));
    expect(softmax([0, 0])).toEqual([0.5, 0.5]);
  });

  it('divides the logits by the temperature', () => {
    const p = softmax([1, 2, 3], 2);
    const q = softmax([0.5, 1, 1.5]);
    p.forEach((x, i) => expect(x).toBeCloseTo(q[i]!, 12));
  });

  it('handles the extremes of the double range', () => {
    expect(softmax([1e308, -1e308])).toEqual([1, 0]);
    expect(softmax([1e308, 1e308], 0.1)).toEqual([0.5, 0.5]);
    expect(softmax([-1e308, -1e308 + 1e292, 5], 1e-300)).toEqual([0, 0, 1]);
  });

  it('gives -Infinity logits probability 0', () => {
    expect(softmax([0, -Infinity, 0])).toEqual([0.5, 0, 0.5]);
  });

  it('approaches the argmax as the temperature falls and uniform as it rises', () => {
    expect(softmax([1, 3, 2], 1e-3)).toEqual([0, 1, 0]);
    softmax([1, 3, 2], 1e9).forEach((x) => expect(x).toBeCloseTo(1 / 3, 6));
  });

  it('throws a RangeError for bad input', () => {
    expect(() => softmax([])).toThrow(RangeError);
    expect(() => softmax([-Infinity, -Infinity])).toThrow(/all be -Infinity/);
    expect(() => softmax([1, NaN])).toThrow(RangeError);
    expect(() => softmax([1, Infinity])).toThrow(RangeError);
    for (const t of [0, -1, NaN, Infinity]) expect(() => softmax([1, 2], t)).toThrow(/temperature/);
  });

  it('does not mutate its input', () => {
    const logits = Object.freeze([3, 1, 2]);
    softmax(logits, 0.5);
    expect(logits).toEqual([3, 1, 2]);
  });

  it('is a finite distribution for any finite logits and temperature', () => {
    fc.assert(
      fc.property(logitArrays, temperatures, (logits, t) => {
        const p = softmax(logits, t);
        expect(p).toHaveLength(logits.length);
        for (const x of p) {
          expect(Number.isFinite(x)).toBe(true);
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThanOrEqual(1);
        }
        expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
      }),
    );
  });

  it('keeps the order of the logits', () => {
    fc.assert(
      fc.property(logitArrays, temperatures, (logits, t) => {
        const p = softmax(logits, t);
        logits.forEach((a, i) =>
          logits.forEach((b, j) => {
            if (a > b) expect(p[i]!).toBeGreaterThanOrEqual(p[j]!);
          }),
        );
      }),
    );
  });

  it('does not change when a constant is added to every logit', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 10 }), fc.double({ min: -1e6, max: 1e6, noNaN: true }), (logits, c) => {
        const p = softmax(logits);
        softmax(logits.map((x) => x + c)).forEach((x, i) => expect(x).toBeCloseTo(p[i]!, 6));
      }),
    );
  });
});

describe('logSumExp', () => {
  it('matches known values', () => {
    expect(logSumExp([0, 0])).toBeCloseTo(Math.LN2, 15);
    expect(logSumExp([1, 2, 3])).toBeCloseTo(Math.log(Math.E + Math.E ** 2 + Math.E ** 3), 12);
    expect(logSumExp([5])).toBe(5);
  });

  it('does not overflow near the top of the double range', () => {
    expect(logSumExp([1e308, 1e308])).toBe(1e308);
    expect(logSumExp([-1e308, 1000])).toBe(1000);
  });

  it('ignores -Infinity entries and gives -Infinity when all are', () => {
    expect(logSumExp([-Infinity, 0])).toBe(0);
    expect(logSumExp([-Infinity, -Infinity])).toBe(-Infinity);
  });

  it('throws a RangeError for empty, NaN and +Infinity input', () => {
    expect(() => logSumExp([])).toThrow(RangeError);
    expect(() => logSumExp([NaN])).toThrow(RangeError);
    expect(() => logSumExp([Infinity])).toThrow(RangeError);
  });

  it('lies between max and max + log n for any finite input', () => {
    fc.assert(
      fc.property(logitArrays, (xs) => {
        const lse = logSumExp(xs);
        const max = Math.max(...xs);
        expect(Number.isFinite(lse)).toBe(true);
        expect(lse).toBeGreaterThanOrEqual(max);
        expect(lse - max).toBeLessThanOrEqual(Math.log(xs.length) + 1e-9);
      }),
    );
  });

  it('agrees with softmax: exp(x − logSumExp(x)) = softmax(x)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e4, max: 1e4, noNaN: true }), { minLength: 1, maxLength: 20 }), (xs) => {
        const lse = logSumExp(xs);
        const p = softmax(xs);
        xs.forEach((x, i) => expect(Math.exp(x - lse)).toBeCloseTo(p[i]!, 9));
      }),
    );
  });
});
