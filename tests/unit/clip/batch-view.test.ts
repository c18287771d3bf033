import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clipBatchView, zeroShotForImage, type ClipBatchSettings } from '@/lib/clip/batch-view';
import { clipLoss } from '@/lib/clip/contrastive';
import { createToyBatch } from '@/lib/clip/toy-batch';
import { createRng } from '@/lib/math/random';

const base: ClipBatchSettings = Object.freeze({ size: 6, alignment: 0.8, temperature: 0.07, shuffle: 0, seed: 1 });

describe('clipBatchView', () => {
  it('gives the loss of the seeded toy batch, its two halves and log N', () => {
    const view = clipBatchView(base);
    const batch = createToyBatch({ size: 6, alignment: 0.8 }, createRng(1));
    expect(view.loss.loss).toBeCloseTo(clipLoss(batch.images, batch.captions, 0.07), 12);
    expect(view.loss.loss).toBeCloseTo((view.loss.imageToText + view.loss.textToImage) / 2, 12);
    expect(view.chance).toBeCloseTo(Math.log(6), 12);
    expect(view.permutation).toEqual([0, 1, 2, 3, 4, 5]);
    expect(view.diagonalWins).toBe(6);
  });

  it('has rows and columns that are probability distributions', () => {
    const view = clipBatchView({ ...base, temperature: 0.5 });
    for (const row of view.rows) expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    for (let j = 0; j < 6; j++) expect(view.columns.reduce((a, row) => a + row[j]!, 0)).toBeCloseTo(1, 12);
    expect(view.logits[2]![3]).toBeCloseTo(view.logits[2]![3]!, 12);
  });

  it('raises the loss when captions are shuffled, with the same caption vectors reordered', () => {
    const matched = clipBatchView(base);
    const shuffled = clipBatchView({ ...base, shuffle: 1 });
    expect(shuffled.permutation).not.toEqual(matched.permutation);
    expect(shuffled.loss.loss).toBeGreaterThan(matched.loss.loss + 5);
    // Column j of the shuffled matrix is column permutation[j] of the matched one.
    shuffled.permutation.forEach((p, j) => matched.logits.forEach((row, i) => expect(shuffled.logits[i]![j]).toBe(row[p])));
    expect(shuffled.diagonalWins).toBe(shuffled.permutation.filter((p, j) => p === j).length);
  });

  it('falls toward 0 as the temperature falls for aligned pairs, and toward log N as it grows', () => {
    const losses = [1, 0.3, 0.07, 0.02].map((temperature) => clipBatchView({ ...base, temperature }).loss.loss);
    for (let i = 1; i < losses.length; i++) expect(losses[i]).toBeLessThan(losses[i - 1]!);
    expect(losses.at(-1)).toBeLessThan(0.01);
    expect(clipBatchView({ ...base, temperature: 1000 }).loss.loss).toBeCloseTo(Math.log(6), 2);
  });

  it('stays finite and non-negative for any setting', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 1e-6, max: 1e6, noNaN: true }),
        fc.integer({ min: 0, max: 999 }),
        fc.integer({ min: 1, max: 999_999 }),
        (size, alignment, temperature, shuffle, seed) => {
          const view = clipBatchView({ size, alignment, temperature, shuffle, seed });
          for (const x of [view.loss.loss, view.loss.imageToText, view.loss.textToImage]) {
            expect(Number.isFinite(x)).toBe(true);
            expect(x).toBeGreaterThanOrEqual(0);
          }
          expect(view.rows.flat().every(Number.isFinite)).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('throws a RangeError for bad settings', () => {
    for (const bad of [{ size: 0 }, { size: 2.5 }, { temperature: 0 }, { shuffle: -1 }, { seed: NaN }, { alignment: 2 }]) {
      expect(() => clipBatchView({ ...base, ...bad })).toThrow(RangeError);
    }
  });
});

describe('zeroShotForImage', () => {
  it('picks the image’s own label when captions agree with their images', () => {
    for (let i = 0; i < 6; i++) {
      const result = zeroShotForImage(base, i);
      expect(result.best).toBe(i);
      expect(result.probabilities.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    }
  });

  it('equals the row softmax of the matched batch', () => {
    const view = clipBatchView({ ...base, temperature: 0.3 });
    zeroShotForImage({ ...base, temperature: 0.3, shuffle: 4 }, 2).probabilities.forEach((p, j) => expect(p).toBeCloseTo(view.rows[2]![j]!, 12));
  });

  it('throws a RangeError for an image outside the batch', () => {
    expect(() => zeroShotForImage(base, 6)).toThrow(RangeError);
    expect(() => zeroShotForImage(base, -1)).toThrow(RangeError);
  });
});
