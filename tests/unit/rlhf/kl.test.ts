import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectedReward, klDivergence, klRegularizedPolicy, tradeoffCurve } from '@/lib/rlhf/kl';

const sum = (xs: readonly number[]): number => xs.reduce((s, x) => s + x, 0);
const anyDouble = fc.double({ noNaN: true, noDefaultInfinity: true });
const weights = (n: number) => fc.array(fc.double({ min: 0, max: 1e308, noNaN: true }), { minLength: n, maxLength: n }).filter((w) => w.some((x) => x > 0));

describe('klDivergence', () => {
  it('matches hand-computed values, with 0·log 0 = 0', () => {
    expect(klDivergence([0.5, 0.5], [0.25, 0.75])).toBeCloseTo(0.5 * Math.log(2) + 0.5 * Math.log(2 / 3), 12);
    expect(klDivergence([1, 0], [0.5, 0.5])).toBeCloseTo(Math.LN2, 12);
    expect(klDivergence([0.2, 0.8], [0.2, 0.8])).toBe(0);
  });

  it('normalises its inputs, so counts work', () => {
    expect(klDivergence([2, 2], [1, 3])).toBeCloseTo(klDivergence([0.5, 0.5], [0.25, 0.75]), 12);
  });

  it('throws, naming the index, when q = 0 where p > 0 (the divergence would be infinite)', () => {
    expect(() => klDivergence([0.5, 0.5], [1, 0])).toThrow(/infinite: q\[1\] = 0 where p\[1\] > 0/);
    expect(klDivergence([1, 0], [1, 0])).toBe(0);
  });

  it('keeps a tiny but positive q positive instead of underflowing to an infinite KL', () => {
    const kl = klDivergence([1, 1], [1e308, 1e-310]);
    expect(kl).toBeCloseTo(0.5 * (Math.log(0.5 / 1) + Math.log(0.5) - Math.log(1e-310) + Math.log(1e308)), 6);
  });

  it('is finite and non-negative for any strictly positive weights', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: 5e-324, max: 1e308, noNaN: true }), fc.double({ min: 5e-324, max: 1e308, noNaN: true })), { minLength: 1, maxLength: 8 }),
        (pairs) => {
          const kl = klDivergence(pairs.map(([a]) => a), pairs.map(([, b]) => b));
          expect(Number.isFinite(kl)).toBe(true);
          expect(kl).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });

  it('rejects empty, mismatched, negative and all-zero inputs', () => {
    expect(() => klDivergence([], [])).toThrow(RangeError);
    expect(() => klDivergence([1], [0.5, 0.5])).toThrow(/same length/);
    expect(() => klDivergence([1, -1], [0.5, 0.5])).toThrow(/>= 0/);
    expect(() => klDivergence([0, 0], [0.5, 0.5])).toThrow(/positive/);
    expect(() => klDivergence([Number.NaN, 1], [0.5, 0.5])).toThrow(RangeError);
  });
});

describe('klRegularizedPolicy', () => {
  const reference = Object.freeze([0.5, 0.3, 0.2]);
  const rewards = Object.freeze([0, 1, 2]);

  it('is reference·exp(r/β), normalised', () => {
    const unnormalised = reference.map((p, i) => p * Math.exp((rewards[i] as number) / 0.7));
    const expected = unnormalised.map((u) => u / sum(unnormalised));
    klRegularizedPolicy(reference, rewards, 0.7).forEach((p, i) => expect(p).toBeCloseTo(expected[i] as number, 12));
  });

  it('gives back the reference as β → ∞', () => {
    klRegularizedPolicy(reference, rewards, 1e9).forEach((p, i) => expect(p).toBeCloseTo(reference[i] as number, 8));
  });

  it('puts all mass on the best reward as β → 0', () => {
    expect(klRegularizedPolicy(reference, rewards, 1e-9)).toEqual([0, 0, 1]);
  });

  it('lets tied best answers share in proportion to the reference', () => {
    expect(klRegularizedPolicy([1, 1, 1], [5, 5, 0], 1e-9)).toEqual([0.5, 0.5, 0]);
    const shared = klRegularizedPolicy([0.1, 0.3, 0.6], [1, 1, 0], 1e-9);
    expect(shared[0]).toBeCloseTo(0.25, 12);
    expect(shared[1]).toBeCloseTo(0.75, 12);
  });

  it('never gives mass to an answer the reference rules out, however good', () => {
    expect(klRegularizedPolicy([0, 1, 1], [100, 1, 0], 1e-9)).toEqual([0, 1, 0]);
  });

  it('maximises E[r] − β·KL(π‖π_ref) against random competitors', () => {
    fc.assert(
      fc.property(weights(3), fc.double({ min: 0.05, max: 20, noNaN: true }), (other, beta) => {
        const objective = (pi: number[]) => expectedReward(pi, [...rewards]) - beta * klDivergence(pi, [...reference]);
        const best = klRegularizedPolicy(reference, rewards, beta);
        expect(objective(best)).toBeGreaterThanOrEqual(objective(other) - 1e-9);
      }),
    );
  });

  it('sums to 1 with finite entries for extreme rewards and β', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: 0, max: 1e308, noNaN: true }), anyDouble), { minLength: 1, maxLength: 6 }).filter((xs) => xs.some(([w]) => w > 0)),
        fc.double({ min: 1e-300, max: 1e300, noNaN: true }),
        (pairs, beta) => {
          const policy = klRegularizedPolicy(pairs.map(([w]) => w), pairs.map(([, r]) => r), beta);
          expect(policy.every((p) => Number.isFinite(p) && p >= 0)).toBe(true);
          expect(sum(policy)).toBeCloseTo(1, 9);
        },
      ),
    );
  });

  it('rejects β <= 0, mismatched lengths and non-finite rewards', () => {
    expect(() => klRegularizedPolicy(reference, rewards, 0)).toThrow(/beta/);
    expect(() => klRegularizedPolicy(reference, rewards, Infinity)).toThrow(/beta/);
    expect(() => klRegularizedPolicy(reference, [1, 2], 1)).toThrow(/same length/);
    expect(() => klRegularizedPolicy(reference, [1, Number.NaN, 2], 1)).toThrow(/rewards\[1\]/);
  });
});

describe('expectedReward', () => {
  it('is the policy-weighted mean, even for rewards near the double limit', () => {
    expect(expectedReward([0.25, 0.75], [4, 8])).toBeCloseTo(7, 12);
    expect(expectedReward([1, 1], [1.7e308, 1.7e308])).toBe(1.7e308);
    expect(expectedReward([1, 1], [-1e308, 1e308])).toBeCloseTo(0, 0);
    expect(expectedReward([1, 0], [0, 0])).toBe(0);
  });
});

describe('tradeoffCurve', () => {
  it('runs from the best answer (KL = −log π_ref(best)) to the reference (KL = 0)', () => {
    const [sharp, loose] = tradeoffCurve([0.5, 0.3, 0.2], [0, 1, 2], [1e-9, 1e9]);
    expect(sharp?.expectedReward).toBeCloseTo(2, 9);
    expect(sharp?.kl).toBeCloseTo(Math.log(5), 9);
    expect(loose?.expectedReward).toBeCloseTo(0.7, 6);
    expect(loose?.kl).toBeCloseTo(0, 6);
  });

  it('gives up reward and drift together as β grows', () => {
    const curve = tradeoffCurve([0.4, 0.3, 0.2, 0.1], [-1, 0, 0.5, 3], [0.01, 0.1, 0.3, 1, 3, 10, 100]);
    for (let i = 1; i < curve.length; i++) {
      expect(curve[i]?.expectedReward).toBeLessThanOrEqual((curve[i - 1]?.expectedReward as number) + 1e-12);
      expect(curve[i]?.kl).toBeLessThanOrEqual((curve[i - 1]?.kl as number) + 1e-12);
    }
  });

  it('rejects an empty list of β', () => {
    expect(() => tradeoffCurve([1], [0], [])).toThrow(/betas/);
  });
});
