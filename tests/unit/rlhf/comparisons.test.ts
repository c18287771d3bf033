import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparisonsByK, comparisonsPerBatch } from '@/lib/rlhf/comparisons';

describe('comparisonsByK', () => {
  it('gives InstructGPT’s 6 to 36 comparisons for K = 4 to 9', () => {
    expect(comparisonsByK(4, 9)).toEqual([
      { k: 4, comparisons: 6 },
      { k: 5, comparisons: 10 },
      { k: 6, comparisons: 15 },
      { k: 7, comparisons: 21 },
      { k: 8, comparisons: 28 },
      { k: 9, comparisons: 36 },
    ]);
  });

  it('handles a single K and the degenerate 0 and 1 answers', () => {
    expect(comparisonsByK(9, 9)).toEqual([{ k: 9, comparisons: 36 }]);
    expect(comparisonsByK(0, 2)).toEqual([
      { k: 0, comparisons: 0 },
      { k: 1, comparisons: 0 },
      { k: 2, comparisons: 1 },
    ]);
  });

  it('rejects bounds that are not whole numbers or go down', () => {
    expect(() => comparisonsByK(9, 4)).toThrow(RangeError);
    expect(() => comparisonsByK(-1, 4)).toThrow(RangeError);
    expect(() => comparisonsByK(4.5, 9)).toThrow(RangeError);
    expect(() => comparisonsByK(4, Number.NaN)).toThrow(RangeError);
  });
});

describe('comparisonsPerBatch', () => {
  it('is 64 · C(9, 2) = 2,304 for InstructGPT’s largest batch, 64 · 6 = 384 for K = 4', () => {
    expect(comparisonsPerBatch(64, 9)).toBe(2304);
    expect(comparisonsPerBatch(64, 4)).toBe(384);
    expect(comparisonsPerBatch(0, 9)).toBe(0);
  });

  it('equals the sum of the per-prompt counts', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 500 }), (prompts, k) => {
        const perPrompt = comparisonsByK(k, k)[0]?.comparisons ?? Number.NaN;
        expect(comparisonsPerBatch(prompts, k)).toBe(prompts * perPrompt);
      }),
    );
  });

  it('rejects a negative or fractional number of prompts', () => {
    expect(() => comparisonsPerBatch(-1, 9)).toThrow(RangeError);
    expect(() => comparisonsPerBatch(2.5, 9)).toThrow(RangeError);
  });
});
