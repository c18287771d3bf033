import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backoffContext, nextTokenLogits, trainNgram } from '@/lib/text/ngram';
import { tokenizeEnglish } from '@/lib/text/tokenize';

const sumExp = (xs: readonly number[]) => xs.reduce((a, x) => a + Math.exp(x), 0);

describe('trainNgram and nextTokenLogits', () => {
  it('gives add-k smoothed bigram probabilities', () => {
    const k = 0.5;
    const model = trainNgram(Object.freeze(['a', 'b', 'a', 'c']), { order: 2, k });
    expect(model.vocabulary).toEqual(['a', 'b', 'c']);
    // After "a": b once, c once, a never; V = 3.
    const p = nextTokenLogits(model, ['a']).map(Math.exp);
    expect(p[0]).toBeCloseTo(k / (2 + 3 * k), 12);
    expect(p[1]).toBeCloseTo((1 + k) / (2 + 3 * k), 12);
    expect(p[2]).toBeCloseTo((1 + k) / (2 + 3 * k), 12);
  });

  it('backs off to shorter contexts and finally to unigram counts', () => {
    const model = trainNgram(['a', 'b', 'a', 'c'], { order: 3, k: 1 });
    expect(backoffContext(model, ['b', 'a'])).toEqual(['b', 'a']);
    expect(backoffContext(model, ['zzz', 'a'])).toEqual(['a']);
    expect(backoffContext(model, ['zzz'])).toEqual([]);
    expect(backoffContext(model, [])).toEqual([]);
    // Unigram: a twice, b once, c once, N = 4.
    nextTokenLogits(model, ['zzz']).map(Math.exp).forEach((p, i) => expect(p).toBeCloseTo([3 / 7, 2 / 7, 2 / 7][i]!, 12));
    expect(nextTokenLogits(model, ['zzz', 'a'])).toEqual(nextTokenLogits(model, ['a']));
  });

  it('only looks at the last order − 1 tokens', () => {
    const model = trainNgram(['x', 'y', 'z', 'x', 'y', 'w'], { order: 2 });
    expect(nextTokenLogits(model, ['q', 'q', 'x'])).toEqual(nextTokenLogits(model, ['x']));
  });

  it('is deterministic', () => {
    const tokens = tokenizeEnglish('the cat sat on the mat. the dog sat on the rug.');
    expect(nextTokenLogits(trainNgram(tokens), ['the'])).toEqual(nextTokenLogits(trainNgram(tokens), ['the']));
  });

  it('throws a RangeError for bad input', () => {
    expect(() => trainNgram([])).toThrow(/tokens/);
    for (const order of [0, 6, 2.5]) expect(() => trainNgram(['a'], { order })).toThrow(/order/);
    for (const k of [0, -1, NaN, 1e7]) expect(() => trainNgram(['a'], { k })).toThrow(/k must be/);
  });

  it('gives a finite distribution over the vocabulary for any context', () => {
    const token = fc.constantFrom('a', 'b', 'c', 'd', '.', '[', '"');
    fc.assert(
      fc.property(
        fc.array(token, { minLength: 1, maxLength: 40 }),
        fc.array(fc.oneof(token, fc.string()), { maxLength: 5 }),
        fc.integer({ min: 1, max: 5 }),
        fc.double({ min: 1e-9, max: 1e6, noNaN: true }),
        (tokens, context, order, k) => {
          const model = trainNgram(tokens, { order, k });
          const logits = nextTokenLogits(model, context);
          expect(logits).toHaveLength(model.vocabulary.length);
          for (const x of logits) expect(Number.isFinite(x)).toBe(true);
          expect(sumExp(logits)).toBeCloseTo(1, 9);
        },
      ),
    );
  });

  it('learns visible structure from the shipped corpus', () => {
    const model = trainNgram(tokenizeEnglish(readFileSync('content/data/corpus-en.txt', 'utf8')));
    const top = (context: string[], n: number) => {
      const logits = nextTokenLogits(model, context);
      return logits
        .map((x, i) => [x, i] as const)
        .sort((a, b) => b[0] - a[0])
        .slice(0, n)
        .map(([, i]) => model.vocabulary[i]);
    };
    expect(top(['the', 'cat'], 5)).toContain('sleeps');
    expect(top(['on'], 8)).toEqual(expect.arrayContaining(['monday', 'saturday', 'sunday']));
    expect(top(['we', 'drink'], 3)).toContain('tea');
  });
});
