import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeWeights } from '@/lib/math/normalize';
import { createRng } from '@/lib/math/random';
import { rankByProbability, sampleIndex, topK, topP } from '@/lib/text/sampling';

const weights = fc
  .array(fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1e300, noNaN: true })), { minLength: 1, maxLength: 25 })
  .filter((xs) => xs.some((x) => x > 0));

const support = (xs: readonly number[]) => xs.flatMap((x, i) => (x > 0 ? [i] : []));
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

function expectCloseArrays(actual: readonly number[], expected: readonly number[]) {
  expect(actual).toHaveLength(expected.length);
  expected.forEach((x, i) => expect(actual[i]).toBeCloseTo(x, 12));
}

describe('rankByProbability', () => {
  it('sorts by probability and breaks ties by index', () => {
    expect(rankByProbability([0.2, 0.5, 0.2, 0.1])).toEqual([1, 0, 2, 3]);
  });
});

describe('topK', () => {
  it('keeps the k most likely tokens and renormalises', () => {
    expectCloseArrays(topK([0.1, 0.2, 0.3, 0.4], 2), [0, 0, 3 / 7, 4 / 7]);
    expectCloseArrays(topK([0.1, 0.2, 0.3, 0.4], 1), [0, 0, 0, 1]);
  });

  it('breaks ties by index', () => {
    expect(topK([0.25, 0.25, 0.25, 0.25], 2)).toEqual([0.5, 0.5, 0, 0]);
  });

  it('keeps everything when k reaches the vocabulary, and accepts unnormalised weights', () => {
    expectCloseArrays(topK([1, 3], 5), [0.25, 0.75]);
  });

  it('throws a RangeError for a bad k or bad weights', () => {
    for (const k of [0, -1, 1.5, NaN]) expect(() => topK([0.5, 0.5], k)).toThrow(/k must be/);
    expect(() => topK([], 1)).toThrow(RangeError);
    expect(() => topK([0, 0], 1)).toThrow(RangeError);
    expect(() => topK([-0.1, 1.1], 1)).toThrow(RangeError);
    expect(() => topK([NaN, 1], 1)).toThrow(RangeError);
  });

  it('keeps a ranked prefix of min(k, positive tokens) tokens, in the original proportions', () => {
    fc.assert(
      fc.property(weights, fc.integer({ min: 1, max: 30 }), (probs, k) => {
        const out = topK(Object.freeze([...probs]), k);
        const kept = support(out);
        // Weights below the double range relative to the largest (2 against 5e-324) normalise to 0.
        expect(kept.length).toBe(Math.min(k, support(normalizeWeights(probs)).length));
        expect(new Set(kept)).toEqual(new Set(rankByProbability(probs).slice(0, kept.length)));
        expect(sum(out)).toBeCloseTo(1, 9);
        const anchor = rankByProbability(probs)[0]!;
        for (const i of kept) expect(out[i]! / out[anchor]!).toBeCloseTo(probs[i]! / probs[anchor]!, 9);
      }),
    );
  });
});

describe('topP', () => {
  it('keeps the smallest set of likely tokens whose total reaches p', () => {
    expectCloseArrays(topP([0.2, 0.5, 0.3], 0.5), [0, 1, 0]);
    expectCloseArrays(topP([0.2, 0.5, 0.3], 0.6), [0, 0.625, 0.375]);
    expectCloseArrays(topP([0.2, 0.5, 0.3], 0.8), [0, 0.625, 0.375]);
    expectCloseArrays(topP([0.2, 0.5, 0.3], 0.81), [0.2, 0.5, 0.3]);
  });

  it('keeps everything at p = 1 and only the top token for a tiny p', () => {
    expectCloseArrays(topP([0.2, 0.5, 0.3], 1), [0.2, 0.5, 0.3]);
    expectCloseArrays(topP([0.2, 0.5, 0.3], 1e-9), [0, 1, 0]);
  });

  it('breaks ties by index', () => {
    expect(topP([0.25, 0.25, 0.25, 0.25], 0.5)).toEqual([0.5, 0.5, 0, 0]);
  });

  it('throws a RangeError for p outside (0, 1]', () => {
    for (const p of [0, -0.1, 1.01, NaN]) expect(() => topP([0.5, 0.5], p)).toThrow(/p must be in/);
  });

  it('keeps a prefix of the ranked order that reaches p, and no shorter prefix does', () => {
    fc.assert(
      fc.property(weights, fc.double({ min: 1e-6, max: 1, noNaN: true }), (probs, p) => {
        const out = topP(Object.freeze([...probs]), p);
        const normalised = normalizeWeights(probs);
        const ranked = rankByProbability(normalised);
        const kept = support(out);
        expect(new Set(kept)).toEqual(new Set(ranked.slice(0, kept.length)));
        const prefix = (n: number) => sum(ranked.slice(0, n).map((i) => normalised[i]!));
        expect(prefix(kept.length)).toBeGreaterThanOrEqual(p - 1e-9);
        if (kept.length > 1) expect(prefix(kept.length - 1)).toBeLessThan(p + 1e-9);
        expect(sum(out)).toBeCloseTo(1, 9);
      }),
    );
  });
});

describe('sampleIndex', () => {
  it('follows the probabilities', () => {
    const rng = createRng(9);
    const counts = [0, 0, 0];
    for (let i = 0; i < 30_000; i++) counts[sampleIndex([0.2, 0.5, 0.3], rng)]! += 1;
    [0.2, 0.5, 0.3].forEach((p, i) => expect(Math.abs(counts[i]! / 30_000 - p)).toBeLessThan(0.01));
  });

  it('maps the ends of [0, 1) to the first and last possible tokens', () => {
    expect(sampleIndex([0, 0.3, 0.7, 0], () => 0)).toBe(1);
    expect(sampleIndex([0, 0.3, 0.7, 0], () => 0.9999999999999999)).toBe(2);
  });

  it('never returns a token with probability 0', () => {
    fc.assert(
      fc.property(weights, fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (probs, u) => {
        const i = sampleIndex(probs, () => u);
        expect(probs[i]).toBeGreaterThan(0);
      }),
    );
  });

  it('is deterministic for a seed and rejects a bad generator', () => {
    const draw = (seed: number) => Array.from({ length: 10 }, ((rng) => () => sampleIndex([1, 2, 3, 4], rng))(createRng(seed)));
    expect(draw(4)).toEqual(draw(4));
    expect(() => sampleIndex([1, 1], () => 1)).toThrow(RangeError);
  });
});
