import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convolve2d } from '@/lib/vision/convolution';
import { KERNELS } from '@/lib/vision/kernels';

const constant = (h: number, w: number, v: number) => Array.from({ length: h }, () => new Array<number>(w).fill(v));
/** Dark on the left, bright from column `at` on. */
const verticalEdge = (h: number, w: number, at: number) => Array.from({ length: h }, () => Array.from({ length: w }, (_, x) => (x >= at ? 1 : 0)));

const images = fc
  .tuple(fc.integer({ min: 1, max: 7 }), fc.integer({ min: 1, max: 7 }))
  .chain(([h, w]) => fc.array(fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: w, maxLength: w }), { minLength: h, maxLength: h }));

describe('convolve2d', () => {
  it('leaves the image unchanged with the identity kernel', () => {
    fc.assert(
      fc.property(images, fc.constantFrom('zero' as const, 'edge' as const), (image, padding) => {
        expect(convolve2d(image, KERNELS.identity, padding)).toEqual(image.map((row) => row.map((v) => v + 0)));
      }),
    );
  });

  it('keeps a constant image constant under blurs with edge padding', () => {
    for (const name of ['box-blur', 'gaussian-blur'] as const) {
      for (const row of convolve2d(constant(5, 6, 0.4), KERNELS[name], 'edge')) for (const v of row) expect(v).toBeCloseTo(0.4, 12);
    }
  });

  it('darkens the border with zero padding: a box-blurred corner keeps 4 of 9 pixels', () => {
    const out = convolve2d(constant(4, 4, 1), KERNELS['box-blur'], 'zero');
    expect(out[0]![0]).toBeCloseTo(4 / 9, 12);
    expect(out[0]![1]).toBeCloseTo(6 / 9, 12);
    expect(out[1]![1]).toBeCloseTo(1, 12);
  });

  it('finds a vertical step edge with Sobel x and not with Sobel y', () => {
    const edge = verticalEdge(5, 6, 3);
    const gx = convolve2d(edge, KERNELS['sobel-x'], 'edge');
    for (const row of gx) expect(row).toEqual([0, 0, 4, 4, 0, 0]);
    for (const row of convolve2d(edge, KERNELS['sobel-y'], 'edge')) expect(row).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('finds a horizontal step edge with Sobel y (positive where brightness rises downwards)', () => {
    const edge = [[0, 0, 0], [0, 0, 0], [1, 1, 1], [1, 1, 1]];
    expect(convolve2d(edge, KERNELS['sobel-y'], 'edge')).toEqual([[0, 0, 0], [4, 4, 4], [4, 4, 4], [0, 0, 0]]);
  });

  it('is cross-correlation: the kernel is not flipped', () => {
    const rightNeighbour = [[0, 0, 0], [0, 0, 1], [0, 0, 0]];
    expect(convolve2d([[1, 2, 3], [4, 5, 6]], rightNeighbour)).toEqual([[2, 3, 0], [5, 6, 0]]);
    expect(convolve2d([[1, 2, 3], [4, 5, 6]], rightNeighbour, 'edge')).toEqual([[2, 3, 3], [5, 6, 6]]);
  });

  it('gives the Laplacian of a single bright pixel and 0 on a flat image', () => {
    const dot = [[0, 0, 0], [0, 1, 0], [0, 0, 0]];
    expect(convolve2d(dot, KERNELS.laplacian)).toEqual([[0, 1, 0], [1, -4, 1], [0, 1, 0]]);
    for (const row of convolve2d(constant(3, 3, 7), KERNELS.laplacian, 'edge')) expect(row).toEqual([0, 0, 0]);
  });

  it('works with a 1×1 image and a 5×5 kernel', () => {
    const k5 = Array.from({ length: 5 }, () => new Array<number>(5).fill(1));
    expect(convolve2d([[2]], k5, 'zero')).toEqual([[2]]);
    expect(convolve2d([[2]], k5, 'edge')).toEqual([[50]]);
  });

  it('does not mutate its inputs', () => {
    const image = Object.freeze([Object.freeze([1, 2]), Object.freeze([3, 4])]);
    convolve2d(image, KERNELS.sharpen, 'edge');
    expect(image).toEqual([[1, 2], [3, 4]]);
  });

  it('throws a RangeError for bad input', () => {
    expect(() => convolve2d([], KERNELS.identity)).toThrow(RangeError);
    expect(() => convolve2d([[]], KERNELS.identity)).toThrow('image[0] must not be empty');
    expect(() => convolve2d([[1, 2], [3]], KERNELS.identity)).toThrow(RangeError);
    expect(() => convolve2d([[1]], [[1, 1], [1, 1]])).toThrow(/odd side/);
    expect(() => convolve2d([[1]], [[1, 1, 1]])).toThrow(/square/);
    expect(() => convolve2d([[NaN]], KERNELS.identity)).toThrow(RangeError);
    expect(() => convolve2d([[1]], KERNELS.identity, 'wrap' as 'zero')).toThrow(/padding/);
  });
});
