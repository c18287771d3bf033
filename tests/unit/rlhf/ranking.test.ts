import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerFeatures } from '@/content/data/chatgpt/reward-answers';
import { comparisonCount } from '@/lib/rlhf/reward';
import { createRewardModel, trainRewardModel } from '@/lib/rlhf/reward-model';
import { answerLetter, checkPairs, formatRanking, identityRanking, moveInRanking, parseRanking, placesByScore, resizeRanking } from '@/lib/rlhf/ranking';

describe('letters', () => {
  it('maps indices to letters and back', () => {
    expect(answerLetter(0)).toBe('A');
    expect(answerLetter(8)).toBe('I');
    expect(formatRanking([1, 0, 3, 2])).toBe('BADC');
    expect(parseRanking('BADC', 4)).toEqual([1, 0, 3, 2]);
    expect(parseRanking('badc', 4)).toEqual([1, 0, 3, 2]);
    expect(() => answerLetter(26)).toThrow(RangeError);
    expect(() => answerLetter(-1)).toThrow(RangeError);
  });

  it('rejects repeats, letters beyond K, a wrong length and other characters', () => {
    for (const bad of ['AABC', 'ABCE', 'ABC', 'ABCDE', 'AB1D', '', 'AB D', 'ÄBCD']) expect(parseRanking(bad, 4)).toBeNull();
  });

  it('round-trips any permutation', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9 }).chain((k) => fc.shuffledSubarray(identityRanking(k), { minLength: k, maxLength: k })), (ranking) => {
        expect(parseRanking(formatRanking(ranking), ranking.length)).toEqual(ranking);
      }),
    );
  });
});

describe('moveInRanking', () => {
  it('moves one item and keeps the others in order', () => {
    expect(moveInRanking([0, 1, 2, 3], 3, 0)).toEqual([3, 0, 1, 2]);
    expect(moveInRanking([0, 1, 2, 3], 1, 2)).toEqual([0, 2, 1, 3]);
    expect(moveInRanking([0, 1, 2, 3], 0, -1)).toEqual([0, 1, 2, 3]);
    expect(moveInRanking([0, 1, 2, 3], 3, 9)).toEqual([0, 1, 2, 3]);
    expect(moveInRanking([0, 1, 2], 5, 0)).toEqual([0, 1, 2]);
  });

  it('never loses or duplicates an item', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9 }), fc.nat(10), fc.integer({ min: -3, max: 12 }), (k, from, to) => {
        expect([...moveInRanking(identityRanking(k), from, to)].sort()).toEqual(identityRanking(k).sort());
      }),
    );
  });
});

describe('resizeRanking', () => {
  it('keeps the reader’s order when K shrinks and appends new answers when it grows', () => {
    expect(resizeRanking([3, 1, 0, 2], 3)).toEqual([1, 0, 2]);
    expect(resizeRanking([3, 1, 0, 2], 6)).toEqual([3, 1, 0, 2, 4, 5]);
    expect(resizeRanking([1, 1, 7], 3)).toEqual([1, 0, 2]);
  });
});

describe('checkPairs', () => {
  it('lists the C(K,2) pairs in reading order with their loss', () => {
    const { pairs, agree, meanLoss } = checkPairs([2, 0, 1], [0, 0, 0]);
    expect(pairs.map((p) => [p.winner, p.loser])).toEqual([[2, 0], [2, 1], [0, 1]]);
    expect(agree).toBe(0); // ties are not agreement
    expect(meanLoss).toBeCloseTo(Math.LN2, 12);
    expect(pairs[0]?.probability).toBe(0.5);
  });

  it('counts the pairs the scores order the reader’s way', () => {
    const { agree, pairs } = checkPairs([0, 1, 2, 3], [3, 1, 2, 0]);
    expect(pairs).toHaveLength(comparisonCount(4));
    expect(agree).toBe(5); // only 1 ≻ 2 is reversed
    expect(pairs.find((p) => p.winner === 1 && p.loser === 2)?.agrees).toBe(false);
  });

  it('rejects indices outside the scores and non-finite scores', () => {
    expect(() => checkPairs([0, 3], [1, 2])).toThrow(RangeError);
    expect(() => checkPairs([0, 1], [1, Number.NaN])).toThrow(RangeError);
  });
});

describe('placesByScore', () => {
  it('ranks by score with ties sharing the better place', () => {
    expect(placesByScore([3, 5, 3])).toEqual([2, 1, 2]);
    expect(placesByScore([0, 0])).toEqual([1, 1]);
    expect(placesByScore([-1, 2, 1])).toEqual([3, 1, 2]);
    expect(() => placesByScore([1, Number.NaN])).toThrow(RangeError);
  });
});

describe('the widget’s nine answers', () => {
  it('a careful ranking trains to a model that agrees with it on all but one pair and ignores length', () => {
    const ranking = parseRanking('AFDIBEHCG', 9) as number[];
    const trained = trainRewardModel(createRewardModel(4), answerFeatures as number[][], ranking, 200, 0.5);
    expect(trained.lossHistory[0]).toBeCloseTo(Math.LN2, 12);
    expect(trained.lossHistory.at(-1)).toBeLessThan(0.13);
    expect(checkPairs(ranking, trained.scores).agree).toBe(35);
    expect(Math.abs(trained.state.weights[3] as number)).toBeLessThan(0.1);
  });

  it('a ranking by length teaches the model to reward length, so the long wrong answer H beats A', () => {
    const ranking = parseRanking('FHCIABDEG', 9) as number[];
    const { state, scores } = trainRewardModel(createRewardModel(4), answerFeatures as number[][], ranking, 200, 0.5);
    expect(state.weights[3]).toBeGreaterThan(0.9);
    expect(scores[7]).toBeGreaterThan(scores[0] as number);
  });
});
