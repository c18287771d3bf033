import { describe, expect, it } from 'vitest';
import { createLossHistory, pushLoss } from '@/lib/gan/history';

describe('loss history', () => {
  it('keeps every round while there is room', () => {
    const h = createLossHistory(8);
    for (let i = 1; i <= 5; i++) pushLoss(h, i, i, -i);
    expect(h.iterations).toEqual([1, 2, 3, 4, 5]);
    expect(h.dLoss).toEqual([1, 2, 3, 4, 5]);
    expect(h.gLoss).toEqual([-1, -2, -3, -4, -5]);
    expect(h.stride).toBe(1);
  });

  it('merges neighbours and doubles the stride when full, keeping the mean of the rounds', () => {
    const h = createLossHistory(4);
    for (let i = 1; i <= 4; i++) pushLoss(h, i, i, 0);
    expect(h.iterations).toEqual([2, 4]);
    expect(h.dLoss).toEqual([1.5, 3.5]);
    expect(h.stride).toBe(2);
    pushLoss(h, 5, 5, 0);
    expect(h.iterations).toEqual([2, 4]);
    pushLoss(h, 6, 7, 0);
    expect(h.iterations).toEqual([2, 4, 6]);
    expect(h.dLoss[2]).toBe(6);
  });

  it('stays bounded over a long run and its iterations increase', () => {
    const h = createLossHistory(256);
    for (let i = 1; i <= 100_000; i++) pushLoss(h, i, Math.sin(i), Math.cos(i));
    expect(h.iterations.length).toBeLessThan(256);
    expect(h.iterations.length).toBeGreaterThanOrEqual(128);
    for (let i = 1; i < h.iterations.length; i++) expect(h.iterations[i]).toBeGreaterThan(h.iterations[i - 1] as number);
    expect(h.iterations.at(-1)).toBeLessThanOrEqual(100_000);
  });

  it('rejects non-finite losses and bad sizes', () => {
    const h = createLossHistory();
    expect(() => pushLoss(h, 1, Number.NaN, 0)).toThrow(RangeError);
    expect(() => pushLoss(h, 1, 0, Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(h.iterations).toEqual([]);
    expect(() => createLossHistory(3)).toThrow(RangeError);
    expect(() => createLossHistory(0)).toThrow(RangeError);
  });
});
