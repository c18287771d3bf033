import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { oneHot, oneHotSimilarity } from '@/lib/text/one-hot';
import { type Language, tokenize, toSentences } from '@/lib/text/tokenize';
import { nearestNeighbours, wordSimilarity, wordVector } from '@/lib/text/word-similarity';
import { createWord2Vec, DEFAULT_WORD2VEC_SETTINGS, trainChunk, type Word2VecState } from '@/lib/text/word2vec';

const corpus = (language: Language) => toSentences(tokenize(readFileSync(`content/data/corpus-${language}.txt`, 'utf8'), language));

function trainAll(state: Word2VecState, chunk = 5000): number[] {
  const losses: number[] = [];
  for (;;) {
    const progress = trainChunk(state, chunk);
    if (progress.meanLoss !== null) losses.push(progress.meanLoss);
    if (progress.done) return losses;
  }
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** Mean similarity within groups of words that share contexts, and across groups. */
function groupSimilarities(state: Word2VecState, groups: readonly (readonly string[])[]) {
  const within: number[] = [];
  const across: number[] = [];
  groups.forEach((g, gi) =>
    g.forEach((a) =>
      groups.forEach((h, hi) =>
        h.forEach((b) => {
          if (a < b) (gi === hi ? within : across).push(wordSimilarity(state, a, b));
        }),
      ),
    ),
  );
  return { within: mean(within), across: mean(across) };
}

describe('word2vec on the English corpus (default settings)', () => {
  let state: Word2VecState;
  let losses: number[];
  beforeAll(() => {
    state = createWord2Vec(corpus('en'));
    losses = trainAll(state);
  });

  it('puts words that share contexts closer than unrelated words', () => {
    expect(wordSimilarity(state, 'cat', 'dog')).toBeGreaterThan(wordSimilarity(state, 'cat', 'monday') + 0.2);
    expect(wordSimilarity(state, 'monday', 'tuesday')).toBeGreaterThan(wordSimilarity(state, 'monday', 'red') + 0.2);
    expect(wordSimilarity(state, 'red', 'blue')).toBeGreaterThan(wordSimilarity(state, 'red', 'paris') + 0.2);
    expect(wordSimilarity(state, 'paris', 'london')).toBeGreaterThan(wordSimilarity(state, 'paris', 'three') + 0.2);
  });

  it('groups animals, days, colours, cities and numbers', () => {
    const { within, across } = groupSimilarities(state, [
      ['cat', 'dog', 'horse', 'cow', 'bird'],
      ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
      ['red', 'blue', 'green', 'yellow', 'white'],
      ['london', 'paris', 'rome', 'tokyo', 'beijing'],
      ['two', 'three', 'four', 'five', 'six'],
    ]);
    expect(within).toBeGreaterThan(across + 0.3);
  });

  it('finds the other weekdays among monday’s nearest neighbours', () => {
    const words = nearestNeighbours(state, 'monday', 5).map((n) => n.word);
    expect(words.filter((w) => /day$/.test(w)).length).toBeGreaterThanOrEqual(3);
  });

  it('reduces the loss as training goes on', () => {
    expect(mean(losses.slice(-3))).toBeLessThan(mean(losses.slice(0, 3)) - 0.5);
  });

  it('keeps every vector entry finite', () => {
    expect(state.input.every(Number.isFinite)).toBe(true);
    expect(state.output.every(Number.isFinite)).toBe(true);
  });

  it('orders the vocabulary by count and drops words seen fewer than minCount times', () => {
    for (let i = 1; i < state.counts.length; i++) expect(state.counts[i]).toBeLessThanOrEqual(state.counts[i - 1]!);
    expect(Math.min(...state.counts)).toBeGreaterThanOrEqual(DEFAULT_WORD2VEC_SETTINGS.minCount);
    expect(state.index.has('owl')).toBe(false);
  });
});

describe('word2vec on the Chinese corpus (characters, default settings)', () => {
  it('puts 猫 near 狗 and 红 near 蓝', () => {
    const state = createWord2Vec(corpus('zh'));
    trainAll(state);
    expect(wordSimilarity(state, '猫', '狗')).toBeGreaterThan(wordSimilarity(state, '猫', '二') + 0.2);
    expect(wordSimilarity(state, '红', '蓝')).toBeGreaterThan(wordSimilarity(state, '红', '猫') + 0.1);
  });
});

describe('training in chunks', () => {
  const small = [
    ['the', 'cat', 'sleeps', 'on', 'the', 'sofa'],
    ['the', 'dog', 'sleeps', 'on', 'the', 'sofa'],
    ['the', 'cat', 'eats', 'fish'],
    ['the', 'dog', 'eats', 'meat'],
  ];
  const settings = { epochs: 5, minCount: 1, seed: 4 };

  it('gives the same vectors however the steps are split', () => {
    const whole = createWord2Vec(small, settings);
    trainChunk(whole, whole.totalSteps);
    const pieces = createWord2Vec(small, settings);
    for (const n of [1, 0, 7, 3, 100, 2]) trainChunk(pieces, n);
    trainAll(pieces, 5);
    expect(Array.from(pieces.input)).toEqual(Array.from(whole.input));
  });

  it('is deterministic for a seed and differs between seeds', () => {
    const run = (seed: number) => {
      const s = createWord2Vec(small, { ...settings, seed });
      trainAll(s);
      return Array.from(s.input);
    };
    expect(run(1)).toEqual(run(1));
    expect(run(2)).not.toEqual(run(1));
  });

  it('reports progress and stops at the end', () => {
    const state = createWord2Vec(small, settings);
    expect(trainChunk(state, 0)).toEqual({ step: 0, totalSteps: state.totalSteps, progress: 0, meanLoss: null, done: false });
    const half = trainChunk(state, state.totalSteps / 2);
    expect(half.progress).toBeCloseTo(0.5, 12);
    expect(half.meanLoss).toBeGreaterThan(0);
    trainChunk(state, state.totalSteps);
    const after = trainChunk(state, 10);
    expect(after).toMatchObject({ step: state.totalSteps, progress: 1, meanLoss: null, done: true });
  });

  it('throws a RangeError for bad settings or an empty corpus', () => {
    expect(() => createWord2Vec([])).toThrow(/vocabulary/);
    expect(() => createWord2Vec([['a', 'b']], { minCount: 2 })).toThrow(/vocabulary/);
    for (const bad of [{ dimension: 0 }, { window: 1.5 }, { negatives: -1 }, { epochs: 0 }, { learningRate: 0 }, { learningRate: 2 }, { subsample: 1 }, { seed: NaN }]) {
      expect(() => createWord2Vec(small, bad)).toThrow(RangeError);
    }
    expect(() => trainChunk(createWord2Vec(small, settings), -1)).toThrow(RangeError);
  });
});

describe('reading vectors', () => {
  const state = createWord2Vec([['a', 'b', 'c', 'a', 'b', 'd']], { minCount: 1, dimension: 4 });
  trainAll(state);

  it('returns nearest neighbours without the word itself, most similar first', () => {
    const neighbours = nearestNeighbours(state, 'a', 10);
    expect(neighbours.map((n) => n.word).sort()).toEqual(['b', 'c', 'd']);
    for (let i = 1; i < neighbours.length; i++) expect(neighbours[i]!.similarity).toBeLessThanOrEqual(neighbours[i - 1]!.similarity);
    expect(neighbours[0]!.similarity).toBeCloseTo(wordSimilarity(state, 'a', neighbours[0]!.word), 12);
    expect(nearestNeighbours(state, 'a', 1)).toHaveLength(1);
    expect(nearestNeighbours(state, 'a', 0)).toEqual([]);
  });

  it('returns a copy of a word vector', () => {
    const v = wordVector(state, 'a');
    expect(v).toHaveLength(4);
    v[0] = 99;
    expect(wordVector(state, 'a')[0]).not.toBe(99);
  });

  it('throws a RangeError for an unknown word or a bad k', () => {
    expect(() => wordVector(state, 'zebra')).toThrow('"zebra" is not in the vocabulary');
    expect(() => nearestNeighbours(state, 'a', -1)).toThrow(RangeError);
  });
});

describe('one-hot vectors', () => {
  const vocabulary = Object.freeze(['cat', 'dog', 'monday']);

  it('have a single 1 at the word’s position', () => {
    expect(oneHot(vocabulary, 'dog')).toEqual([0, 1, 0]);
  });

  it('score 0 for any two different words and 1 for the same word', () => {
    expect(oneHotSimilarity(vocabulary, 'cat', 'dog')).toBe(0);
    expect(oneHotSimilarity(vocabulary, 'cat', 'monday')).toBe(0);
    expect(oneHotSimilarity(vocabulary, 'dog', 'dog')).toBe(1);
  });

  it('throw a RangeError for an unknown word or an empty vocabulary', () => {
    expect(() => oneHot(vocabulary, 'cow')).toThrow(/not in the vocabulary/);
    expect(() => oneHot([], 'cow')).toThrow(RangeError);
  });
});
