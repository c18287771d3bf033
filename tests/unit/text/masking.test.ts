import { describe, expect, it } from 'vitest';
import { createRng } from '@/lib/math/random';
import { addToTally, EMPTY_MASK_TALLY, MASK_TOKEN, maskTokens, simulateMasking, tallyShares } from '@/lib/text/masking';

const sentence = Object.freeze('the cat sat on the mat and the dog sat on the rug'.split(' '));
const vocabulary = Object.freeze(['apple', 'blue', 'cat', 'dog', 'mat', 'rug', 'sat']);

/** A generator that returns the given numbers in turn, to steer each branch of the rule. */
const script = (...values: number[]) => {
  let i = 0;
  return () => values[i++ % values.length]!;
};

describe('maskTokens', () => {
  it('follows each branch of the 80/10/10 rule', () => {
    expect(maskTokens(['cat'], vocabulary, script(0.1, 0.5))).toEqual({ input: [MASK_TOKEN], targets: ['cat'], kinds: ['masked'] });
    expect(maskTokens(['cat'], vocabulary, script(0.1, 0.85, 0.0))).toEqual({ input: ['apple'], targets: ['cat'], kinds: ['random'] });
    expect(maskTokens(['cat'], vocabulary, script(0.1, 0.95))).toEqual({ input: ['cat'], targets: ['cat'], kinds: ['kept'] });
    expect(maskTokens(['cat'], vocabulary, script(0.2))).toEqual({ input: ['cat'], targets: [null], kinds: [null] });
  });

  it('keeps input, targets and kinds consistent with each other', () => {
    const rng = createRng(2);
    for (let n = 0; n < 200; n++) {
      const { input, targets, kinds } = maskTokens(sentence, vocabulary, rng, 0.5);
      expect(input).toHaveLength(sentence.length);
      sentence.forEach((token, i) => {
        const kind = kinds[i];
        expect(targets[i]).toBe(kind === null ? null : token);
        if (kind === null || kind === 'kept') expect(input[i]).toBe(token);
        if (kind === 'masked') expect(input[i]).toBe(MASK_TOKEN);
        if (kind === 'random') expect(vocabulary).toContain(input[i]);
      });
    }
  });

  it('changes nothing at rate 0 and chooses every position at rate 1', () => {
    const none = maskTokens(sentence, vocabulary, createRng(1), 0);
    expect(none.input).toEqual(sentence);
    expect(none.targets.every((t) => t === null)).toBe(true);
    expect(maskTokens(sentence, vocabulary, createRng(1), 1).targets).toEqual(sentence);
  });

  it('is deterministic for a seed', () => {
    expect(maskTokens(sentence, vocabulary, createRng(8))).toEqual(maskTokens(sentence, vocabulary, createRng(8)));
  });

  it('returns empty results for no tokens', () => {
    expect(maskTokens([], vocabulary, createRng(1))).toEqual({ input: [], targets: [], kinds: [] });
  });

  it('throws a RangeError for an empty vocabulary or a rate outside [0, 1]', () => {
    expect(() => maskTokens(sentence, [], createRng(1))).toThrow(/vocabulary/);
    for (const rate of [-0.1, 1.1, NaN]) expect(() => maskTokens(sentence, vocabulary, createRng(1), rate)).toThrow(/rate/);
  });
});

describe('the tally', () => {
  it('converges to BERT’s shares: 15% chosen, 12% [MASK], 1.5% random, 1.5% unchanged', () => {
    const shares = tallyShares(simulateMasking(sentence, vocabulary, createRng(3), 10_000));
    expect(Math.abs(shares.chosen - 0.15)).toBeLessThan(0.005);
    expect(Math.abs(shares.masked - 0.12)).toBeLessThan(0.004);
    expect(Math.abs(shares.random - 0.015)).toBeLessThan(0.0015);
    expect(Math.abs(shares.kept - 0.015)).toBeLessThan(0.0015);
  });

  it('counts one masking exactly and returns a new object', () => {
    const result = maskTokens(['a', 'b', 'c', 'd'], vocabulary, script(0.1, 0.5, 0.9, 0.1, 0.85, 0.3, 0.1, 0.95));
    expect(result.kinds).toEqual(['masked', null, 'random', 'kept']);
    const tally = addToTally(EMPTY_MASK_TALLY, result);
    expect(tally).toEqual({ positions: 4, masked: 1, random: 1, kept: 1 });
    expect(EMPTY_MASK_TALLY).toEqual({ positions: 0, masked: 0, random: 0, kept: 0 });
    expect(tallyShares(tally)).toEqual({ chosen: 0.75, masked: 0.25, random: 0.25, kept: 0.25 });
  });

  it('reports zero shares before anything is counted and rejects a bad draw count', () => {
    expect(tallyShares(EMPTY_MASK_TALLY)).toEqual({ chosen: 0, masked: 0, random: 0, kept: 0 });
    expect(() => simulateMasking(sentence, vocabulary, createRng(1), -1)).toThrow(RangeError);
  });
});
