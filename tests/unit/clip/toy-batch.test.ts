import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clipLoss } from '@/lib/clip/contrastive';
import { createToyBatch } from '@/lib/clip/toy-batch';
import { createRng } from '@/lib/math/random';
import { cosineSimilarity } from '@/lib/math/similarity';

describe('createToyBatch', () => {
  it('makes unit vectors whose caption–image cosine equals the alignment', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 2, max: 12 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer(), (size, dimension, alignment, seed) => {
        const { images, captions } = createToyBatch({ size, dimension, alignment }, createRng(seed));
        expect(images).toHaveLength(size);
        images.forEach((image, i) => {
          expect(Math.hypot(...image)).toBeCloseTo(1, 12);
          expect(Math.hypot(...captions[i]!)).toBeCloseTo(1, 12);
          expect(cosineSimilarity(image, captions[i]!)).toBeCloseTo(alignment, 9);
        });
      }),
    );
  });

  it('reorders the same captions when given a permutation', () => {
    const plain = createToyBatch({ size: 4, alignment: 0.7 }, createRng(3));
    const shuffled = createToyBatch({ size: 4, alignment: 0.7, permutation: [2, 0, 3, 1] }, createRng(3));
    expect(shuffled.images).toEqual(plain.images);
    expect(shuffled.captions).toEqual([2, 0, 3, 1].map((p) => plain.captions[p]));
    expect(shuffled.permutation).toEqual([2, 0, 3, 1]);
  });

  it('is deterministic for a seed', () => {
    expect(createToyBatch({ size: 6, alignment: 0.5 }, createRng(9))).toEqual(createToyBatch({ size: 6, alignment: 0.5 }, createRng(9)));
  });

  it('gives a lower loss for aligned captions, and a higher one once they are shuffled', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const aligned = createToyBatch({ size: 8, alignment: 1 }, createRng(seed));
      const unrelated = createToyBatch({ size: 8, alignment: 0 }, createRng(seed));
      const shuffled = createToyBatch({ size: 8, alignment: 1, permutation: [1, 2, 3, 4, 5, 6, 7, 0] }, createRng(seed));
      const loss = (b: typeof aligned) => clipLoss(b.images, b.captions, 0.1);
      expect(loss(aligned)).toBeLessThan(loss(unrelated));
      expect(loss(aligned)).toBeLessThan(loss(shuffled));
    }
  });

  it('throws a RangeError for bad options', () => {
    const rng = createRng(1);
    expect(() => createToyBatch({ size: 0, alignment: 0.5 }, rng)).toThrow(/size/);
    expect(() => createToyBatch({ size: 3, dimension: 1, alignment: 0.5 }, rng)).toThrow(/dimension/);
    expect(() => createToyBatch({ size: 3, alignment: 1.5 }, rng)).toThrow(/alignment/);
    expect(() => createToyBatch({ size: 3, alignment: 0.5, permutation: [0, 0, 1] }, rng)).toThrow(/permutation/);
  });

  it('still returns valid unit vectors from a degenerate generator', () => {
    const { images, captions } = createToyBatch({ size: 2, dimension: 3, alignment: 0.5 }, () => 0);
    images.forEach((image, i) => {
      expect(Math.hypot(...image)).toBeCloseTo(1, 12);
      expect(cosineSimilarity(image, captions[i]!)).toBeCloseTo(0.5, 12);
    });
  });
});
