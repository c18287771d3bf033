import { describe, expect, it } from 'vitest';
import { createRng } from '@/lib/math/random';
import { EMPTY_MASK_TALLY, simulateMasking, tallyShares } from '@/lib/text/masking';
import { addTallies, BERT_EXPECTED_SHARES, noneChosenProbability } from '@/lib/text/masking-tally';
import { maskTokens } from '@/lib/text/masking';

const sentence = Object.freeze('the cat sleeps on the warm sofa and the dog runs in the garden'.split(' '));
const vocabulary = Object.freeze(['cat', 'dog', 'sofa', 'garden', 'fish']);

describe('addTallies', () => {
  it('adds every count and leaves its inputs alone', () => {
    const a = Object.freeze({ positions: 10, masked: 1, random: 2, kept: 3 });
    const b = Object.freeze({ positions: 5, masked: 4, random: 0, kept: 1 });
    expect(addTallies(a, b)).toEqual({ positions: 15, masked: 5, random: 2, kept: 4 });
    expect(addTallies(EMPTY_MASK_TALLY, a)).toEqual(a);
  });

  it('makes a run in slices equal one run of all the draws with the same generator', () => {
    const whole = simulateMasking(sentence, vocabulary, createRng(9), 1000);
    const rng = createRng(9);
    let sliced = EMPTY_MASK_TALLY;
    for (const draws of [1, 99, 300, 600]) sliced = addTallies(sliced, simulateMasking(sentence, vocabulary, rng, draws));
    expect(sliced).toEqual(whole);
  });

  it('converges to the expected shares the widget shows beside the counter', () => {
    const shares = tallyShares(simulateMasking(sentence, vocabulary, createRng(4), 10_000));
    for (const key of ['chosen', 'masked', 'random', 'kept'] as const) {
      expect(Math.abs(shares[key] - BERT_EXPECTED_SHARES[key])).toBeLessThan(key === 'chosen' ? 0.005 : 0.004);
    }
    expect(BERT_EXPECTED_SHARES.masked + BERT_EXPECTED_SHARES.random + BERT_EXPECTED_SHARES.kept).toBeCloseTo(BERT_EXPECTED_SHARES.chosen, 12);
  });
});

describe('noneChosenProbability', () => {
  it('is (1 − rate)^n and matches how often a short sentence gets no target', () => {
    expect(noneChosenProbability(0)).toBe(1);
    expect(noneChosenProbability(1)).toBeCloseTo(0.85, 12);
    expect(noneChosenProbability(12)).toBeCloseTo(0.85 ** 12, 12);
    const rng = createRng(6);
    const tokens = sentence.slice(0, 8);
    let none = 0;
    for (let i = 0; i < 20_000; i++) if (maskTokens(tokens, vocabulary, rng).kinds.every((k) => k === null)) none++;
    expect(Math.abs(none / 20_000 - noneChosenProbability(8))).toBeLessThan(0.01);
  });

  it('throws a RangeError for a bad length or rate', () => {
    expect(() => noneChosenProbability(-1)).toThrow(RangeError);
    expect(() => noneChosenProbability(3, 1.5)).toThrow(/rate/);
  });
});
