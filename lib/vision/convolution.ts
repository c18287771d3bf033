// 2-D "convolution" of a grey image with a small square kernel, as convolutional layers compute it.

import { assertFiniteMatrix } from '@/lib/math/validate';

/** A grey image as rows of pixel values (any finite numbers; 0 = black and 1 = white by convention). */
export type GreyImage = readonly (readonly number[])[];

/** An odd-sized square grid of weights. */
export type Kernel = readonly (readonly number[])[];

/** What lies beyond the border: zeros, or a copy of the nearest edge pixel. */
export type Padding = 'zero' | 'edge';

/**
 * Slides the kernel over the image and sums weight × pixel at each position, giving a 'same'-size output:
 * out[y][x] = Σᵢⱼ kernel[i][j] · image[y + i − r][x + j − r] with r = (k − 1) / 2.
 * Strictly this is cross-correlation (the kernel is not flipped); deep-learning libraries call it
 * convolution too, and for the symmetric kernels here the two agree (Sobel kernels change sign).
 */
export function convolve2d(image: GreyImage, kernel: Kernel, padding: Padding = 'zero'): number[][] {
  const width = assertFiniteMatrix(image, 'image');
  const k = assertFiniteMatrix(kernel, 'kernel');
  if (kernel.length !== k || k % 2 === 0) throw new RangeError(`kernel must be square with an odd side, got ${kernel.length}×${k}`);
  if (padding !== 'zero' && padding !== 'edge') throw new RangeError(`padding must be 'zero' or 'edge', got ${String(padding)}`);
  const height = image.length;
  const r = (k - 1) / 2;
  const clamp = (v: number, n: number) => Math.min(n - 1, Math.max(0, v));
  const pixel = (y: number, x: number): number => {
    if (y >= 0 && y < height && x >= 0 && x < width) return (image[y] as readonly number[])[x] as number;
    if (padding === 'zero') return 0;
    return (image[clamp(y, height)] as readonly number[])[clamp(x, width)] as number;
  };
  return image.map((row, y) =>
    row.map((_, x) => {
      let sum = 0;
      for (let i = 0; i < k; i++) {
        const kr = kernel[i] as readonly number[];
        for (let j = 0; j < k; j++) sum += (kr[j] as number) * pixel(y + i - r, x + j - r);
      }
      return sum;
    }),
  );
}
