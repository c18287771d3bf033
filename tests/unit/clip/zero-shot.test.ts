import { describe, expect, it } from 'vitest';
import { zeroShotClassify } from '@/lib/clip/zero-shot';

const labels = [
  [1, 0, 0],
  [0, 1, 0],
  [0, 0, 1],
];

describe('zeroShotClassify', () => {
  it('picks the label whose embedding points the same way as the image', () => {
    const { logits, probabilities, best } = zeroShotClassify([0.2, 0.9, 0.1], labels);
    expect(best).toBe(1);
    expect(probabilities.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    const n = Math.hypot(0.2, 0.9, 0.1);
    expect(logits).toEqual([0.2 / n / 0.01, 0.9 / n / 0.01, 0.1 / n / 0.01].map((x) => expect.closeTo(x, 9)));
  });

  it('uses the given temperature', () => {
    const { probabilities } = zeroShotClassify([1, 1, 0], labels, 1);
    const e = Math.exp(Math.SQRT1_2);
    expect(probabilities[0]).toBeCloseTo(e / (2 * e + 1), 12);
  });

  it('breaks ties by the first label', () => {
    expect(zeroShotClassify([1, 1, 0], labels).best).toBe(0);
    expect(zeroShotClassify([0, 0, 0], labels).best).toBe(0);
  });

  it('throws a RangeError for bad input', () => {
    expect(() => zeroShotClassify([1, 0], labels)).toThrow(RangeError);
    expect(() => zeroShotClassify([1, 0, 0], [])).toThrow(RangeError);
    expect(() => zeroShotClassify([1, 0, 0], labels, -1)).toThrow(/temperature/);
  });
});
