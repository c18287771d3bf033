import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blankImage, decodeBitmap, encodeBitmap, setPixel } from '@/lib/vision/bitmap';

describe('bitmap text', () => {
  it('packs four pixels per hex digit, black as 1, first pixel highest', () => {
    expect(encodeBitmap([[0, 1, 1, 1, 1, 1, 1, 0]])).toBe('81');
    expect(encodeBitmap(blankImage(16, 16))).toBe('0'.repeat(64));
    expect(decodeBitmap('81', 8, 1)).toEqual([[0, 1, 1, 1, 1, 1, 1, 0]]);
  });

  it('round-trips any black-and-white picture', () => {
    const pictures = fc.array(fc.array(fc.constantFrom(0, 1), { minLength: 16, maxLength: 16 }), { minLength: 16, maxLength: 16 });
    fc.assert(
      fc.property(pictures, (image) => {
        expect(decodeBitmap(encodeBitmap(image), 16, 16)).toEqual(image);
      }),
    );
  });

  it('rejects text of the wrong length or with non-hex characters', () => {
    for (const bad of ['', '0'.repeat(63), '0'.repeat(65), 'g'.repeat(64), `${'0'.repeat(63)} `]) expect(decodeBitmap(bad, 16, 16)).toBeNull();
    expect(decodeBitmap('F'.repeat(64), 16, 16)?.flat().every((v) => v === 0)).toBe(true);
  });

  it('throws a RangeError for sizes that do not pack', () => {
    expect(() => encodeBitmap([[1, 1, 1]])).toThrow(RangeError);
    expect(() => decodeBitmap('0', 3, 1)).toThrow(RangeError);
    expect(() => blankImage(0, 4)).toThrow(RangeError);
  });

  it('sets one pixel in a copy', () => {
    const image = Object.freeze(blankImage(4, 2).map((r) => Object.freeze(r)));
    expect(setPixel(image, 2, 1, 0)).toEqual([
      [1, 1, 1, 1],
      [1, 1, 0, 1],
    ]);
  });
});
