// The named 3×3 kernels the convolution widget offers, and Gaussian blur kernels of any odd size.

import { assertInteger, assertPositive } from '@/lib/math/validate';
import type { Kernel } from './convolution';

export type KernelName = 'identity' | 'box-blur' | 'gaussian-blur' | 'sharpen' | 'sobel-x' | 'sobel-y' | 'laplacian';

function freeze(rows: number[][]): Kernel {
  return Object.freeze(rows.map((row) => Object.freeze(row)));
}

/**
 * sobel-x responds to brightness rising from left to right, sobel-y to brightness rising from top to
 * bottom (with the cross-correlation of convolve2d). The blurs sum to 1, so they keep a flat image flat;
 * sharpen sums to 1 as well; the Sobel and Laplacian kernels sum to 0, so a flat image gives 0.
 */
export const KERNELS: Readonly<Record<KernelName, Kernel>> = Object.freeze({
  identity: freeze([
    [0, 0, 0],
    [0, 1, 0],
    [0, 0, 0],
  ]),
  'box-blur': freeze([
    [1 / 9, 1 / 9, 1 / 9],
    [1 / 9, 1 / 9, 1 / 9],
    [1 / 9, 1 / 9, 1 / 9],
  ]),
  'gaussian-blur': freeze([
    [1 / 16, 2 / 16, 1 / 16],
    [2 / 16, 4 / 16, 2 / 16],
    [1 / 16, 2 / 16, 1 / 16],
  ]),
  sharpen: freeze([
    [0, -1, 0],
    [-1, 5, -1],
    [0, -1, 0],
  ]),
  'sobel-x': freeze([
    [-1, 0, 1],
    [-2, 0, 2],
    [-1, 0, 1],
  ]),
  'sobel-y': freeze([
    [-1, -2, -1],
    [0, 0, 0],
    [1, 2, 1],
  ]),
  laplacian: freeze([
    [0, 1, 0],
    [1, -4, 1],
    [0, 1, 0],
  ]),
});

export const KERNEL_NAMES: readonly KernelName[] = Object.freeze(Object.keys(KERNELS) as KernelName[]);

/** A normalised size×size Gaussian kernel (size odd, sigma > 0), for blurs wider than 3×3. */
export function gaussianKernel(size: number, sigma: number): number[][] {
  assertInteger(size, 'size', 1);
  if (size % 2 === 0) throw new RangeError(`size must be odd, got ${size}`);
  assertPositive(sigma, 'sigma');
  const r = (size - 1) / 2;
  const raw = Array.from({ length: size }, (_, i) =>
    Array.from({ length: size }, (_, j) => Math.exp(-((i - r) ** 2 + (j - r) ** 2) / (2 * sigma * sigma))),
  );
  const total = raw.flat().reduce((sum, w) => sum + w, 0);
  return raw.map((row) => row.map((w) => w / total));
}
