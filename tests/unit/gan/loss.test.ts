import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  discriminatorLoss,
  EPSILON,
  generatorLoss,
  lossCurvePoint,
  lossCurves,
  sigmoid,
  softplus,
  valueFunction,
} from '@/lib/gan/loss';

const half = (n: number): number[] => Object.freeze(new Array<number>(n).fill(0.5)) as number[];
const probability = fc.oneof(fc.constantFrom(0, 1, EPSILON, 1 - EPSILON), fc.double({ min: 0, max: 1, noNaN: true }));

describe('discriminatorLoss and valueFunction (Goodfellow et al. 2014, Eq. 1)', () => {
  it('gives V = −log 4 and a discriminator loss of log 4 when D = 1/2 everywhere', () => {
    expect(valueFunction(half(3), half(3))).toBeCloseTo(-Math.log(4), 12);
    expect(discriminatorLoss(half(5), half(5))).toBeCloseTo(Math.log(4), 12);
  });

  it('matches a hand computation', () => {
    const dReal = Object.freeze([0.9, 0.6]) as number[];
    const dFake = Object.freeze([0.2, 0.4]) as number[];
    const expected = -(Math.log(0.9) + Math.log(0.6)) / 2 - (Math.log(0.8) + Math.log(0.6)) / 2;
    expect(discriminatorLoss(dReal, dFake)).toBeCloseTo(expected, 12);
  });

  it('is smaller for a discriminator that separates real from fake', () => {
    expect(discriminatorLoss([0.99], [0.01])).toBeLessThan(discriminatorLoss([0.5], [0.5]));
    expect(discriminatorLoss([0.01], [0.99])).toBeGreaterThan(discriminatorLoss([0.5], [0.5]));
  });

  it('is finite and non-negative for any outputs in [0, 1], ends included', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(probability, probability), { minLength: 1, maxLength: 20 }), (pairs) => {
        const loss = discriminatorLoss(pairs.map((p) => p[0]), pairs.map((p) => p[1]));
        return Number.isFinite(loss) && loss >= 0;
      }),
    );
  });

  it('caps the worst case at −2 log ε instead of Infinity', () => {
    expect(discriminatorLoss([0], [1])).toBeCloseTo(-2 * Math.log(EPSILON), 6);
    expect(discriminatorLoss([1], [0])).toBeCloseTo(0, 9);
  });

  it('throws a RangeError on empty, mismatched or out-of-range input', () => {
    expect(() => discriminatorLoss([], [])).toThrow(RangeError);
    expect(() => discriminatorLoss([0.5], [])).toThrow(RangeError);
    expect(() => discriminatorLoss([0.5, 0.5], [0.5])).toThrow(/same length/);
    expect(() => discriminatorLoss([1.5], [0.5])).toThrow(RangeError);
    expect(() => discriminatorLoss([0.5], [Number.NaN])).toThrow(RangeError);
    expect(() => valueFunction([-0.1], [0.5])).toThrow(RangeError);
  });
});

describe('generatorLoss', () => {
  it('is log 2 (non-saturating) or −log 2 (saturating) at D = 1/2', () => {
    expect(generatorLoss(half(4))).toBeCloseTo(Math.log(2), 12);
    expect(generatorLoss(half(4), true)).toBeCloseTo(Math.log(2), 12);
    expect(generatorLoss(half(4), false)).toBeCloseTo(-Math.log(2), 12);
  });

  it('matches −mean log D and mean log(1 − D)', () => {
    const dFake = Object.freeze([0.1, 0.7]) as number[];
    expect(generatorLoss(dFake)).toBeCloseTo(-(Math.log(0.1) + Math.log(0.7)) / 2, 12);
    expect(generatorLoss(dFake, false)).toBeCloseTo((Math.log(0.9) + Math.log(0.3)) / 2, 12);
  });

  it('falls as D is fooled more, in both forms', () => {
    expect(generatorLoss([0.9])).toBeLessThan(generatorLoss([0.1]));
    expect(generatorLoss([0.9], false)).toBeLessThan(generatorLoss([0.1], false));
  });

  it('is finite for any outputs in [0, 1], ends included', () => {
    fc.assert(
      fc.property(fc.array(probability, { minLength: 1, maxLength: 20 }), fc.boolean(), (ds, nonSaturating) =>
        Number.isFinite(generatorLoss(ds, nonSaturating)),
      ),
    );
  });

  it('throws a RangeError on empty or invalid input', () => {
    expect(() => generatorLoss([])).toThrow(RangeError);
    expect(() => generatorLoss([2])).toThrow(RangeError);
    expect(() => generatorLoss([Number.NaN], false)).toThrow(RangeError);
  });
});

describe('loss curves for the explorer', () => {
  it('has the known values at D = 1/2', () => {
    const p = lossCurvePoint(0.5);
    expect(p.logD).toBeCloseTo(-Math.LN2, 12);
    expect(p.log1mD).toBeCloseTo(-Math.LN2, 12);
    expect(p.negLogD).toBeCloseTo(Math.LN2, 12);
    expect(p.dLogD).toBeCloseTo(2, 12);
    expect(p.dLog1mD).toBeCloseTo(-2, 12);
    expect(p.dNegLogD).toBeCloseTo(-2, 12);
    expect(p.log1mDPerLogit).toBeCloseTo(-0.5, 12);
    expect(p.negLogDPerLogit).toBeCloseTo(-0.5, 12);
  });

  it('gives slopes that match central differences inside (0, 1)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 0.99, noNaN: true }), (d) => {
        const h = 1e-6;
        const up = lossCurvePoint(d + h);
        const down = lossCurvePoint(d - h);
        const p = lossCurvePoint(d);
        const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-4 * Math.max(1, Math.abs(b));
        return (
          close((up.logD - down.logD) / (2 * h), p.dLogD) &&
          close((up.log1mD - down.log1mD) / (2 * h), p.dLog1mD) &&
          close((up.negLogD - down.negLogD) / (2 * h), p.dNegLogD)
        );
      }),
    );
  });

  it('shows the saturating gradient vanishing where D confidently rejects fakes', () => {
    const rejected = lossCurvePoint(0.001);
    expect(Math.abs(rejected.log1mDPerLogit)).toBeLessThan(0.01);
    expect(Math.abs(rejected.negLogDPerLogit)).toBeGreaterThan(0.99);
  });

  it('is finite at the ends and over a whole series', () => {
    const series = lossCurves(101);
    expect(series).toHaveLength(101);
    expect(series[0]?.d).toBe(0);
    expect(series[100]?.d).toBe(1);
    for (const p of series) for (const v of Object.values(p)) expect(Number.isFinite(v)).toBe(true);
  });

  it('throws a RangeError outside [0, 1] or for a bad sample count', () => {
    expect(() => lossCurvePoint(-0.01)).toThrow(RangeError);
    expect(() => lossCurvePoint(Number.NaN)).toThrow(RangeError);
    expect(() => lossCurves(1)).toThrow(RangeError);
    expect(() => lossCurves(2.5)).toThrow(RangeError);
  });
});

describe('softplus and sigmoid', () => {
  it('stay finite and accurate at extreme logits', () => {
    expect(softplus(1000)).toBeCloseTo(1000, 9);
    expect(softplus(-1000)).toBe(0);
    expect(sigmoid(1000)).toBe(1);
    expect(sigmoid(-1000)).toBe(0);
    expect(softplus(0)).toBeCloseTo(Math.LN2, 12);
    expect(sigmoid(0)).toBe(0.5);
  });

  it('satisfy softplus(a) − softplus(−a) = a and σ(a) + σ(−a) = 1', () => {
    fc.assert(
      fc.property(fc.double({ min: -700, max: 700, noNaN: true }), (a) => {
        return (
          Math.abs(softplus(a) - softplus(-a) - a) <= 1e-9 * Math.max(1, Math.abs(a)) &&
          Math.abs(sigmoid(a) + sigmoid(-a) - 1) <= 1e-12
        );
      }),
    );
  });
});
