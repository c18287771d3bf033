import { describe, expect, it } from 'vitest';
import { convolve2d } from '@/lib/vision/convolution';
import { toUnitRange } from '@/lib/vision/display';
import { gaussianKernel, KERNEL_NAMES, KERNELS } from '@/lib/vision/kernels';
import { HOUSE_IMAGE } from '@/lib/vision/sample-image';

const total = (k: readonly (readonly number[])[]) => k.flat().reduce((a, b) => a + b, 0);

describe('KERNELS', () => {
  it('lists every named kernel as a 3×3 grid', () => {
    expect(KERNEL_NAMES).toEqual(['identity', 'box-blur', 'gaussian-blur', 'sharpen', 'sobel-x', 'sobel-y', 'laplacian']);
    for (const name of KERNEL_NAMES) expect(KERNELS[name].map((row) => row.length)).toEqual([3, 3, 3]);
  });

  it('sums to 1 for kernels that keep brightness and to 0 for edge detectors', () => {
    for (const name of ['identity', 'box-blur', 'gaussian-blur', 'sharpen'] as const) expect(total(KERNELS[name])).toBeCloseTo(1, 12);
    for (const name of ['sobel-x', 'sobel-y', 'laplacian'] as const) expect(total(KERNELS[name])).toBe(0);
  });

  it('is frozen', () => {
    expect(Object.isFrozen(KERNELS)).toBe(true);
    expect(Object.isFrozen(KERNELS.sharpen[1])).toBe(true);
  });
});

describe('gaussianKernel', () => {
  it('is normalised, symmetric and peaked in the middle', () => {
    const k = gaussianKernel(5, 1);
    expect(total(k)).toBeCloseTo(1, 12);
    for (let i = 0; i < 5; i++) for (let j = 0; j < 5; j++) expect(k[i]![j]).toBeCloseTo(k[j]![i]!, 15);
    expect(k[2]![2]).toBe(Math.max(...k.flat()));
    expect(k[0]![2]! / k[2]![2]!).toBeCloseTo(Math.exp(-2), 12);
  });

  it('throws a RangeError for an even size or a bad sigma', () => {
    expect(() => gaussianKernel(4, 1)).toThrow(/odd/);
    expect(() => gaussianKernel(3, 0)).toThrow(/sigma/);
  });
});

describe('HOUSE_IMAGE', () => {
  it('is a frozen 16×16 picture with grey levels in [0, 1]', () => {
    expect(HOUSE_IMAGE).toHaveLength(16);
    for (const row of HOUSE_IMAGE) {
      expect(row).toHaveLength(16);
      for (const v of row) expect(v >= 0 && v <= 1).toBe(true);
    }
    expect(Object.isFrozen(HOUSE_IMAGE[0])).toBe(true);
  });

  it('has edges for Sobel to find and flat sky where it finds none', () => {
    const gx = convolve2d(HOUSE_IMAGE, KERNELS['sobel-x'], 'edge');
    expect(gx[0]![0]).toBe(0);
    // Column 3 of row 10 is the left wall next to the sky: a step from 0.85 down to 0.65.
    expect(gx[10]![3]).toBeLessThan(-0.5);
  });
});

describe('toUnitRange', () => {
  const image = [
    [-2, 0],
    [1, 3],
  ];

  it('clamps, stretches or shows magnitudes', () => {
    expect(toUnitRange(image, 'clamp')).toEqual([[0, 0], [1, 1]]);
    expect(toUnitRange(image, 'stretch')).toEqual([[0, 0.4], [0.6, 1]]);
    expect(toUnitRange(image, 'magnitude')).toEqual([[2 / 3, 0], [1 / 3, 1]]);
  });

  it('maps flat images to 0 instead of dividing by zero', () => {
    expect(toUnitRange([[5, 5]], 'stretch')).toEqual([[0, 0]]);
    expect(toUnitRange([[0, 0]], 'magnitude')).toEqual([[0, 0]]);
  });

  it('stays finite across the whole double range', () => {
    expect(toUnitRange([[-1.7e308, 1.7e308, 0]], 'stretch')).toEqual([[0, 1, expect.closeTo(0.5, 9)]]);
  });

  it('throws a RangeError for an unknown mode', () => {
    expect(() => toUnitRange(image, 'log' as 'clamp')).toThrow(/mode/);
  });
});
