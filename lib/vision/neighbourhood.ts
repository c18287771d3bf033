// The numbers behind one output pixel: the k×k input pixels under the kernel, each weight × pixel, and their sum.

import { assertFiniteMatrix, assertInteger } from '@/lib/math/validate';
import type { GreyImage, Kernel, Padding } from './convolution';

export interface Neighbourhood {
  /** The input values under the kernel (padding included), rows top to bottom. */
  readonly pixels: number[][];
  /** pixels[i][j] × kernel[i][j]. */
  readonly products: number[][];
  /** Which cells lie outside the picture and were filled by the padding rule. */
  readonly outside: boolean[][];
  /** The sum of the products: exactly convolve2d(image, kernel, padding)[y][x]. */
  readonly sum: number;
}

/** The neighbourhood of pixel (x, y) (column, row) under the kernel; x and y must lie inside the picture. */
export function neighbourhood(image: GreyImage, kernel: Kernel, x: number, y: number, padding: Padding = 'zero'): Neighbourhood {
  const width = assertFiniteMatrix(image, 'image');
  const k = assertFiniteMatrix(kernel, 'kernel');
  if (kernel.length !== k || k % 2 === 0) throw new RangeError(`kernel must be square with an odd side, got ${kernel.length}×${k}`);
  assertInteger(x, 'x', 0);
  assertInteger(y, 'y', 0);
  const height = image.length;
  if (x >= width || y >= height) throw new RangeError(`pixel (${x}, ${y}) lies outside the ${width}×${height} picture`);
  const r = (k - 1) / 2;
  const clamp = (v: number, n: number) => Math.min(n - 1, Math.max(0, v));
  const outside: boolean[][] = [];
  const pixels: number[][] = [];
  for (let i = 0; i < k; i++) {
    const yy = y + i - r;
    outside.push([]);
    pixels.push([]);
    for (let j = 0; j < k; j++) {
      const xx = x + j - r;
      const out = yy < 0 || yy >= height || xx < 0 || xx >= width;
      outside[i]!.push(out);
      const value = !out ? image[yy]![xx]! : padding === 'zero' ? 0 : image[clamp(yy, height)]![clamp(xx, width)]!;
      pixels[i]!.push(value);
    }
  }
  const products = pixels.map((row, i) => row.map((v, j) => kernel[i]![j]! * v));
  // Summed in the same order as convolve2d, so the shown sum equals the shown output pixel to the last bit.
  let sum = 0;
  for (const row of products) for (const p of row) sum += p;
  return { pixels, products, outside, sum };
}
