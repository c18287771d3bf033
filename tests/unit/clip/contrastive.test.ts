import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clipLoss, clipLossTerms, columnSoftmax, rowSoftmax, similarityMatrix } from '@/lib/clip/contrastive';

const oneHots = (n: number) => Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));

const batch = fc.integer({ min: 1, max: 6 }).chain((n) =>
  fc.integer({ min: 1, max: 5 }).chain((d) => {
    const embeddings = fc.array(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: d, maxLength: d }), { minLength: n, maxLength: n });
    return fc.tuple(embeddings, embeddings);
  }),
);
const temperatures = fc.double({ min: 1e-6, max: 1e3, noNaN: true });

describe('similarityMatrix', () => {
  it('is the cosine similarity divided by the temperature', () => {
    const s = similarityMatrix([[1, 0], [0, 2]], [[3, 0], [1, 1], [0, 0]], 0.5);
    expect(s).toHaveLength(2);
    expect(s[0]).toEqual([2, expect.closeTo(Math.SQRT2, 12), 0]);
    expect(s[1]).toEqual([0, expect.closeTo(Math.SQRT2, 12), 0]);
  });

  it('stays finite for a vanishing temperature', () => {
    expect(similarityMatrix([[1, 0]], [[1, 0], [-1, 0]], 1e-320)).toEqual([[Number.MAX_VALUE, -Number.MAX_VALUE]]);
  });

  it('throws a RangeError for bad input', () => {
    expect(() => similarityMatrix([], [[1]], 1)).toThrow(RangeError);
    expect(() => similarityMatrix([[1, 2]], [[1]], 1)).toThrow(/same length/);
    expect(() => similarityMatrix([[1]], [[1]], 0)).toThrow(/temperature/);
    expect(() => similarityMatrix([[NaN]], [[1]], 1)).toThrow(RangeError);
  });
});

describe('rowSoftmax and columnSoftmax', () => {
  const s = [
    [2, 0, 1],
    [0, 3, 0],
  ];

  it('normalise each row and each column', () => {
    for (const row of rowSoftmax(s)) expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    const columns = columnSoftmax(s);
    expect(columns).toHaveLength(2);
    for (let j = 0; j < 3; j++) expect(columns[0]![j]! + columns[1]![j]!).toBeCloseTo(1, 12);
    expect(columns[0]![2]).toBeCloseTo(1 / (1 + Math.exp(-1)), 12);
  });

  it('throw a RangeError for empty or ragged matrices', () => {
    expect(() => rowSoftmax([])).toThrow(RangeError);
    expect(() => columnSoftmax([[1, 2], [3]])).toThrow(RangeError);
  });
});

describe('clipLoss', () => {
  it('matches the closed form for aligned one-hot pairs: log(1 + (N − 1)·e^(−1/τ))', () => {
    for (const t of [1, 0.5, 0.1]) expect(clipLoss(oneHots(4), oneHots(4), t)).toBeCloseTo(Math.log(1 + 3 * Math.exp(-1 / t)), 12);
  });

  it('falls toward 0 for aligned pairs as the temperature falls', () => {
    const losses = [2, 1, 0.5, 0.1, 0.01].map((t) => clipLoss(oneHots(5), oneHots(5), t));
    for (let i = 1; i < losses.length; i++) expect(losses[i]).toBeLessThan(losses[i - 1]!);
    expect(losses.at(-1)).toBeLessThan(1e-30);
  });

  it('is log N when every similarity is the same', () => {
    const same = [[1, 1], [1, 1], [1, 1]];
    expect(clipLoss(same, same, 0.07)).toBeCloseTo(Math.log(3), 12);
  });

  it('rises when the captions are shuffled', () => {
    const images = oneHots(4);
    const shuffled = [images[1]!, images[2]!, images[3]!, images[0]!];
    // Each row swaps e^1 on the diagonal for e^0: the loss rises by log(e) = 1 at τ = 1, and by about 1/τ below.
    expect(clipLoss(images, shuffled, 1)).toBeCloseTo(clipLoss(images, images, 1) + 1, 12);
    expect(clipLoss(images, shuffled, 0.1)).toBeCloseTo(10 + Math.log(1 + 3 * Math.exp(-10)), 9);
  });

  it('averages the two directions, which differ for an unbalanced batch', () => {
    const images = [[1, 0], [1, 0.1]];
    const texts = [[1, 0], [0, 1]];
    const terms = clipLossTerms(images, texts, 0.1);
    expect(terms.imageToText).not.toBeCloseTo(terms.textToImage, 3);
    expect(terms.loss).toBeCloseTo((terms.imageToText + terms.textToImage) / 2, 12);
  });

  it('throws a RangeError when the batch has unequal numbers of images and captions', () => {
    expect(() => clipLoss([[1, 0]], [[1, 0], [0, 1]], 1)).toThrow(/as many captions as images/);
  });

  it('does not mutate its inputs', () => {
    const images = Object.freeze([Object.freeze([1, 2]), Object.freeze([3, 4])]);
    const texts = Object.freeze([Object.freeze([0, 1]), Object.freeze([1, 0])]);
    clipLoss(images, texts, 0.07);
    expect(images).toEqual([[1, 2], [3, 4]]);
  });

  it('is finite, non-negative and symmetric under swapping images and captions', () => {
    fc.assert(
      fc.property(batch, temperatures, ([images, texts], t) => {
        const loss = clipLoss(images, texts, t);
        expect(Number.isFinite(loss)).toBe(true);
        expect(loss).toBeGreaterThanOrEqual(0);
        const swapped = clipLossTerms(texts, images, t);
        const terms = clipLossTerms(images, texts, t);
        expect(swapped.imageToText).toBe(terms.textToImage);
        expect(swapped.textToImage).toBe(terms.imageToText);
        expect(swapped.loss).toBe(loss);
      }),
    );
  });

  it('stays finite at extreme temperatures', () => {
    const images = [[1, 0], [0, 1]];
    const texts = [[0, 1], [1, 0]];
    expect(clipLoss(images, texts, 1e-320)).toBe(Number.MAX_VALUE);
    expect(clipLoss(images, texts, 1e300)).toBeCloseTo(Math.LN2, 12);
  });
});
