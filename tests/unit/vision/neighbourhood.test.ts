import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convolve2d } from '@/lib/vision/convolution';
import { KERNEL_NAMES, KERNELS } from '@/lib/vision/kernels';
import { neighbourhood } from '@/lib/vision/neighbourhood';
import { HOUSE_IMAGE } from '@/lib/vision/sample-image';

describe('neighbourhood', () => {
  it('sums to exactly the convolved pixel, for every kernel, pixel and padding of the house', () => {
    for (const name of KERNEL_NAMES) {
      for (const padding of ['zero', 'edge'] as const) {
        const out = convolve2d(HOUSE_IMAGE, KERNELS[name], padding);
        for (let y = 0; y < 16; y++) for (let x = 0; x < 16; x++) expect(neighbourhood(HOUSE_IMAGE, KERNELS[name], x, y, padding).sum).toBe(out[y]![x]);
      }
    }
  });

  it('holds for random pictures and kernels', () => {
    const weights = fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: 9, maxLength: 9 });
    const pictures = fc.array(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 4, maxLength: 4 }), { minLength: 3, maxLength: 3 });
    fc.assert(
      fc.property(pictures, weights, fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 2 }), (image, ws, x, y) => {
        const kernel = [ws.slice(0, 3), ws.slice(3, 6), ws.slice(6, 9)];
        expect(neighbourhood(image, kernel, x, y, 'edge').sum).toBe(convolve2d(image, kernel, 'edge')[y]![x]);
      }),
    );
  });

  it('shows the left wall edge of the house under Sobel x: −2.45', () => {
    const n = neighbourhood(HOUSE_IMAGE, KERNELS['sobel-x'], 3, 9);
    expect(n.pixels).toEqual([
      [0.85, 0.65, 0.65],
      [0.85, 0.65, 0.1],
      [0.85, 0.65, 0.1],
    ]);
    expect(n.products[1]).toEqual([-1.7, 0, 0.2]);
    expect(n.sum).toBeCloseTo(-2.45, 12);
  });

  it('marks padded cells at a corner: zeros or copies of the edge', () => {
    const zero = neighbourhood(HOUSE_IMAGE, KERNELS.identity, 0, 0, 'zero');
    expect(zero.outside).toEqual([
      [true, true, true],
      [true, false, false],
      [true, false, false],
    ]);
    expect(zero.pixels[0]).toEqual([0, 0, 0]);
    expect(neighbourhood(HOUSE_IMAGE, KERNELS.identity, 0, 0, 'edge').pixels[0]).toEqual([0.85, 0.85, 0.85]);
  });

  it('throws a RangeError for a pixel outside the picture or a bad kernel', () => {
    expect(() => neighbourhood(HOUSE_IMAGE, KERNELS.identity, 16, 0)).toThrow(RangeError);
    expect(() => neighbourhood(HOUSE_IMAGE, KERNELS.identity, -1, 0)).toThrow(RangeError);
    expect(() => neighbourhood(HOUSE_IMAGE, KERNELS.identity, 1.5, 0)).toThrow(RangeError);
    expect(() => neighbourhood(HOUSE_IMAGE, [[1, 0], [0, 1]], 1, 1)).toThrow(RangeError);
  });
});
