import { describe, expect, it } from 'vitest';
import { adamStep, createAdam, GAN_ADAM } from '@/lib/gan/adam';

describe('adamStep', () => {
  it('moves each parameter by about the learning rate on the first step, against its gradient', () => {
    // After one step m̂ = g and v̂ = g², so the update is lr · g / (|g| + ε).
    const opt = createAdam(3);
    const params = Float64Array.from([1, 2, 3]);
    adamStep(opt, params, Float64Array.from([0.5, -20, 1e-3]), 0.1);
    expect(params[0]).toBeCloseTo(0.9, 6);
    expect(params[1]).toBeCloseTo(2.1, 6);
    expect(params[2]).toBeCloseTo(2.9, 4);
    expect(opt.t).toBe(1);
  });

  it('uses β1 = 0.5 by default, as DCGAN did', () => {
    expect(createAdam(1).beta1).toBe(0.5);
    expect(GAN_ADAM.beta2).toBe(0.999);
  });

  it('minimises a quadratic', () => {
    const opt = createAdam(2);
    const params = Float64Array.from([4, -3]);
    const grads = new Float64Array(2);
    for (let t = 0; t < 2000; t++) {
      grads[0] = 2 * ((params[0] as number) - 1);
      grads[1] = 2 * ((params[1] as number) + 2);
      adamStep(opt, params, grads, 0.05);
    }
    expect(params[0]).toBeCloseTo(1, 3);
    expect(params[1]).toBeCloseTo(-2, 3);
  });

  it('skips non-finite gradients instead of spreading NaN', () => {
    const opt = createAdam(2);
    const params = Float64Array.from([1, 1]);
    adamStep(opt, params, Float64Array.from([Number.NaN, 1]), 0.1);
    expect(params[0]).toBe(1);
    expect(params[1]).toBeCloseTo(0.9, 6);
  });

  it('throws a RangeError on bad sizes, options or learning rates', () => {
    expect(() => createAdam(0)).toThrow(RangeError);
    expect(() => createAdam(2, { beta1: 1 })).toThrow(RangeError);
    expect(() => createAdam(2, { beta2: -0.1 })).toThrow(RangeError);
    expect(() => createAdam(2, { epsilon: 0 })).toThrow(RangeError);
    const opt = createAdam(2);
    expect(() => adamStep(opt, new Float64Array(2), new Float64Array(2), 0)).toThrow(RangeError);
    expect(() => adamStep(opt, new Float64Array(3), new Float64Array(3), 0.1)).toThrow(RangeError);
  });
});
