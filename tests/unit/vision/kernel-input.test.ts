import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatWeight, kernelSum, kernelToParam, MAX_WEIGHT, parseKernelCells, parseKernelParam, parseWeight, suggestedDisplayMode } from '@/lib/vision/kernel-input';
import { KERNEL_NAMES, KERNELS } from '@/lib/vision/kernels';

describe('parseWeight', () => {
  it('reads decimals, exponents and fractions', () => {
    expect(parseWeight(' -0.5 ')).toEqual({ ok: true, value: -0.5 });
    expect(parseWeight('2e-1')).toEqual({ ok: true, value: 0.2 });
    expect(parseWeight('1/9')).toEqual({ ok: true, value: 1 / 9 });
    expect(parseWeight('-2 / 16')).toEqual({ ok: true, value: -0.125 });
    expect(parseWeight('-0')).toEqual({ ok: true, value: 0 });
    expect(Object.is((parseWeight('-0') as { value: number }).value, 0)).toBe(true);
  });

  it('names what is wrong with a bad cell', () => {
    expect(parseWeight('')).toEqual({ ok: false, problem: 'empty' });
    expect(parseWeight('   ')).toEqual({ ok: false, problem: 'empty' });
    expect(parseWeight('abc')).toEqual({ ok: false, problem: 'not-a-number' });
    expect(parseWeight('1/0')).toEqual({ ok: false, problem: 'not-a-number' });
    expect(parseWeight('NaN')).toEqual({ ok: false, problem: 'not-a-number' });
    expect(parseWeight('1e999')).toEqual({ ok: false, problem: 'too-large' });
    expect(parseWeight(String(MAX_WEIGHT + 1))).toEqual({ ok: false, problem: 'too-large' });
    expect(parseWeight(String(-MAX_WEIGHT))).toEqual({ ok: true, value: -MAX_WEIGHT });
  });
});

describe('parseKernelCells', () => {
  it('builds a 3×3 kernel row by row', () => {
    expect(parseKernelCells(['0', '-1', '0', '-1', '5', '-1', '0', '-1', '0'])).toEqual({ ok: true, kernel: KERNELS.sharpen.map((r) => [...r]) });
  });

  it('lists every bad cell and returns no kernel', () => {
    expect(parseKernelCells(['1', 'x', '1', '1', '', '1', '1', '1', '1e999'])).toEqual({
      ok: false,
      problems: [
        { cell: 1, problem: 'not-a-number' },
        { cell: 4, problem: 'empty' },
        { cell: 8, problem: 'too-large' },
      ],
    });
  });

  it('throws a RangeError for anything but nine cells', () => {
    expect(() => parseKernelCells(['1'])).toThrow(RangeError);
  });
});

describe('kernel URL values', () => {
  it('round-trip every named kernel exactly', () => {
    for (const name of KERNEL_NAMES) expect(parseKernelParam(kernelToParam(KERNELS[name]))).toEqual(KERNELS[name].map((r) => [...r]));
    expect(kernelToParam(KERNELS['box-blur'])).toBe('1/9,1/9,1/9,1/9,1/9,1/9,1/9,1/9,1/9');
    expect(kernelToParam(KERNELS['gaussian-blur'])).toBe('1/16,1/8,1/16,1/8,1/4,1/8,1/16,1/8,1/16');
  });

  it('round-trip any weights to four significant digits', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -MAX_WEIGHT, max: MAX_WEIGHT, noNaN: true }), { minLength: 9, maxLength: 9 }), (ws) => {
        const kernel = [ws.slice(0, 3), ws.slice(3, 6), ws.slice(6, 9)];
        const back = parseKernelParam(kernelToParam(kernel));
        expect(back).not.toBeNull();
        back!.flat().forEach((w, i) => expect(Math.abs(w - ws[i]!)).toBeLessThanOrEqual(Math.abs(ws[i]!) * 1e-3 + 1e-12));
      }),
    );
  });

  it('reject anything but nine good weights', () => {
    for (const bad of ['', '1,2,3', '1,2,3,4,5,6,7,8,9,10', '1,2,3,4,5,6,7,8,x', '1,,3,4,5,6,7,8,9']) expect(parseKernelParam(bad)).toBeNull();
  });

  it('formats weights briefly', () => {
    expect(formatWeight(-2)).toBe('-2');
    expect(formatWeight(-0)).toBe('0');
    expect(formatWeight(0.5)).toBe('1/2');
    expect(formatWeight(-3 / 16)).toBe('-3/16');
    expect(formatWeight(Math.PI)).toBe('3.142');
  });
});

describe('kernelSum', () => {
  it('is 1 for blurs and sharpen, 0 for edge detectors', () => {
    for (const name of ['identity', 'box-blur', 'gaussian-blur', 'sharpen'] as const) expect(kernelSum(KERNELS[name])).toBeCloseTo(1, 12);
    for (const name of ['sobel-x', 'sobel-y', 'laplacian'] as const) expect(kernelSum(KERNELS[name])).toBe(0);
  });
});

describe('suggestedDisplayMode', () => {
  it('shows edge detectors by magnitude and the rest clamped', () => {
    expect(suggestedDisplayMode(KERNELS['sobel-x'])).toBe('magnitude');
    expect(suggestedDisplayMode(KERNELS.laplacian)).toBe('magnitude');
    expect(suggestedDisplayMode(KERNELS['box-blur'])).toBe('clamp');
    expect(suggestedDisplayMode([[0, 0, 0], [0, 2, 0], [0, 0, 0]])).toBe('clamp');
  });
});
