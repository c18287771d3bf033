import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createRng } from '@/lib/math/random';
import { countIsNext, makeNspPair } from '@/lib/text/nsp';
import { tokenize, toSentences } from '@/lib/text/tokenize';

const corpus = (lang: 'en' | 'zh') => toSentences(tokenize(readFileSync(`content/data/corpus-${lang}.txt`, 'utf8'), lang));
const small = Object.freeze([['a'], ['b'], ['c']].map((s) => Object.freeze(s)));

/** A generator that returns the given numbers in turn, to steer each branch. */
const script = (...values: number[]) => {
  let i = 0;
  return () => values[i++ % values.length]!;
};

describe('makeNspPair', () => {
  it('gives IsNext pairs that really are consecutive sentences of the corpus', () => {
    for (const lang of ['en', 'zh'] as const) {
      const sentences = corpus(lang);
      const rng = createRng(5);
      for (let i = 0; i < 500; i++) {
        const pair = makeNspPair(sentences, rng);
        expect(pair.a).toBe(sentences[pair.aIndex]);
        expect(pair.b).toBe(sentences[pair.bIndex]);
        if (pair.label === 'IsNext') expect(pair.bIndex).toBe(pair.aIndex + 1);
        else expect([pair.aIndex, pair.aIndex + 1]).not.toContain(pair.bIndex);
      }
    }
  });

  it('labels about half the pairs IsNext over many draws', () => {
    const { draws, isNext } = countIsNext(corpus('en'), createRng(11), 20_000);
    expect(draws).toBe(20_000);
    expect(Math.abs(isNext / draws - 0.5)).toBeLessThan(0.015);
  });

  it('follows each branch: the coin decides the label, the third draw picks B around the excluded pair', () => {
    // A = randomInt(2) with u 0.0 → 0; coin 0.2 < 0.5 → IsNext.
    expect(makeNspPair(small, script(0.0, 0.2))).toMatchObject({ aIndex: 0, bIndex: 1, label: 'IsNext' });
    // A = 0, coin 0.7 → NotNext; the only other sentence is 2.
    expect(makeNspPair(small, script(0.0, 0.7, 0.5))).toMatchObject({ aIndex: 0, bIndex: 2, label: 'NotNext' });
    // A = 1 (u 0.9 of 2), NotNext: the only other sentence is 0.
    expect(makeNspPair(small, script(0.9, 0.7, 0.5))).toMatchObject({ aIndex: 1, bIndex: 0, label: 'NotNext' });
  });

  it('never picks A as the last sentence, and B is always a valid index (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 40 }), fc.integer(), (n, seed) => {
        const sentences = Array.from({ length: n }, (_, i) => [`s${i}`]);
        const pair = makeNspPair(sentences, createRng(seed));
        return pair.aIndex >= 0 && pair.aIndex < n - 1 && pair.bIndex >= 0 && pair.bIndex < n && pair.bIndex !== pair.aIndex;
      }),
    );
  });

  it('is deterministic for a seed', () => {
    expect(makeNspPair(corpus('zh'), createRng(3))).toEqual(makeNspPair(corpus('zh'), createRng(3)));
  });

  it('throws a RangeError for fewer than three sentences or a bad draw count', () => {
    expect(() => makeNspPair([['a'], ['b']], createRng(1))).toThrow(/at least 3 sentences/);
    expect(() => countIsNext(small, createRng(1), -1)).toThrow(RangeError);
    expect(() => countIsNext(small, createRng(1), 1.5)).toThrow(RangeError);
    expect(countIsNext(small, createRng(1), 0)).toEqual({ draws: 0, isNext: 0 });
  });
});
