import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparisonCount, pairwiseLoss, preferenceProbability, rankingToPairs } from '@/lib/rlhf/reward';

describe('pairwiseLoss', () => {
  it('is ln 2 for a tie: the model is indifferent', () => {
    expect(pairwiseLoss(0, 0)).toBeCloseTo(Math.LN2, 12);
    expect(pairwiseLoss(7.5, 7.5)).toBeCloseTo(Math.LN2, 12);
  });

  it('equals −log σ(r_c − r_r) at moderate values', () => {
    for (const [c, r] of [[1, 0], [0, 1], [2.5, -1], [-3, 4]] as const) {
      expect(pairwiseLoss(c, r)).toBeCloseTo(-Math.log(1 / (1 + Math.exp(-(c - r)))), 12);
    }
  });

  it('tends to 0 for a confident right answer and to the gap for a confident wrong one', () => {
    expect(pairwiseLoss(1000, 0)).toBe(0);
    expect(pairwiseLoss(0, 1000)).toBeCloseTo(1000, 9);
    expect(pairwiseLoss(-1e308, 1e308)).toBe(Number.MAX_VALUE);
    expect(pairwiseLoss(1e308, -1e308)).toBe(0);
  });

  it('is finite, non-negative and decreasing in the chosen reward for any finite input', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.double({ noNaN: true, noDefaultInfinity: true }), (c, r) => {
        const loss = pairwiseLoss(c, r);
        expect(Number.isFinite(loss)).toBe(true);
        expect(loss).toBeGreaterThanOrEqual(0);
        expect(pairwiseLoss(c + 1, r)).toBeLessThanOrEqual(loss);
      }),
    );
  });

  it('rejects NaN and infinities', () => {
    expect(() => pairwiseLoss(Number.NaN, 0)).toThrow(RangeError);
    expect(() => pairwiseLoss(0, Infinity)).toThrow(/rRejected/);
  });
});

describe('preferenceProbability', () => {
  it('is the Bradley–Terry probability and complements its mirror', () => {
    expect(preferenceProbability(0, 0)).toBe(0.5);
    expect(preferenceProbability(Math.log(3), 0)).toBeCloseTo(0.75, 12);
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.double({ noNaN: true, noDefaultInfinity: true }), (a, b) => {
        const p = preferenceProbability(a, b);
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThanOrEqual(1);
        expect(p + preferenceProbability(b, a)).toBeCloseTo(1, 12);
      }),
    );
  });
});

describe('comparisonCount', () => {
  it('gives C(K, 2) for InstructGPT’s K = 4…9', () => {
    expect(comparisonCount(4)).toBe(6);
    expect(comparisonCount(9)).toBe(36);
    expect([0, 1, 2, 3, 5, 6, 7, 8].map(comparisonCount)).toEqual([0, 0, 1, 3, 10, 15, 21, 28]);
    expect(64 * comparisonCount(9)).toBe(2304);
  });

  it('stays exact up to large whole numbers', () => {
    expect(comparisonCount(2 ** 26)).toBe(2 ** 25 * (2 ** 26 - 1));
    expect(Number.isFinite(comparisonCount(Number.MAX_SAFE_INTEGER))).toBe(true);
  });

  it('rejects fractions, negatives and non-finite counts', () => {
    for (const k of [-1, 2.5, Number.NaN, Infinity, 1e308]) expect(() => comparisonCount(k)).toThrow(RangeError);
  });
});

describe('rankingToPairs', () => {
  it('lists every (winner, loser) pair of a ranking in reading order', () => {
    const ranking = Object.freeze(['A', 'B', 'C']);
    expect(rankingToPairs(ranking)).toEqual([
      { winner: 'A', loser: 'B' },
      { winner: 'A', loser: 'C' },
      { winner: 'B', loser: 'C' },
    ]);
  });

  it('yields comparisonCount(K) pairs, each winner ranked above its loser', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer(), { maxLength: 12 }), (ranking) => {
        const pairs = rankingToPairs(ranking);
        expect(pairs).toHaveLength(comparisonCount(ranking.length));
        for (const { winner, loser } of pairs) expect(ranking.indexOf(winner)).toBeLessThan(ranking.indexOf(loser));
      }),
    );
  });

  it('gives no pairs for 0 or 1 items and rejects repeats', () => {
    expect(rankingToPairs([])).toEqual([]);
    expect(rankingToPairs([3])).toEqual([]);
    expect(() => rankingToPairs([1, 2, 1])).toThrow(/ranking\[2\] repeats/);
  });
});
