import { describe, expect, it } from 'vitest';
import {
  ACTIVATIONS,
  createMlp,
  inputBuffer,
  mlpBackward,
  mlpForward,
  mlpPredict,
  outputGradBuffer,
  zeroGrads,
  type Activation,
  type Mlp,
} from '@/lib/gan/mlp';
import { createRng } from '@/lib/math/random';

/** A scalar loss of the outputs, L = Σ c_k · y_k², so its gradient dL/dy = 2 c_k y_k is non-trivial. */
function setUp(activation: Activation, sizes: number[], rows: number) {
  const rng = createRng(7);
  const net = createMlp(sizes, activation, rng, rows);
  const input = Float64Array.from({ length: rows * (sizes[0] as number) }, () => 2 * rng() - 1);
  const coeffs = Float64Array.from({ length: rows * (sizes.at(-1) as number) }, () => 2 * rng() - 1);
  const loss = (): number => {
    inputBuffer(net).set(input);
    const y = mlpForward(net, rows);
    let total = 0;
    coeffs.forEach((c, k) => (total += c * (y[k] as number) ** 2));
    return total;
  };
  const analytic = (): Float64Array => {
    loss();
    const y = net.acts[net.sizes.length - 1] as Float64Array;
    const g = outputGradBuffer(net);
    coeffs.forEach((c, k) => (g[k] = 2 * c * (y[k] as number)));
    zeroGrads(net);
    return Float64Array.from(mlpBackward(net, rows, true, true).subarray(0, input.length));
  };
  return { net, input, loss, analytic };
}

/** Relative error, with a floor so gradients near 0 are judged by the round-off of the difference quotient (~1e-10). */
function relativeError(a: number, b: number): number {
  return Math.abs(a - b) / Math.max(1e-3, Math.abs(a) + Math.abs(b));
}

function numericGrad(values: Float64Array, k: number, loss: () => number): number {
  const h = 1e-6;
  const keep = values[k] as number;
  values[k] = keep + h;
  const up = loss();
  values[k] = keep - h;
  const down = loss();
  values[k] = keep;
  return (up - down) / (2 * h);
}

describe('mlp backprop (finite differences)', () => {
  // Odd row counts exercise both the four-row blocks and the leftover rows of the kernels.
  for (const activation of ACTIVATIONS) {
    it(`matches central differences for every weight, bias and input with ${activation}`, () => {
      const { net, input, loss, analytic } = setUp(activation, [3, 5, 4, 2], 7);
      const inputGrad = analytic();
      const paramGrad = Float64Array.from(net.grads);
      let worst = 0;
      for (let k = 0; k < net.params.length; k++) {
        worst = Math.max(worst, relativeError(paramGrad[k] as number, numericGrad(net.params, k, loss)));
      }
      for (let k = 0; k < input.length; k++) {
        worst = Math.max(worst, relativeError(inputGrad[k] as number, numericGrad(input, k, loss)));
      }
      expect(worst).toBeLessThan(1e-5);
    });
  }

  it('checks a linear network (no hidden layer) too', () => {
    const { net, loss, analytic } = setUp('tanh', [2, 1], 5);
    analytic();
    for (let k = 0; k < net.params.length; k++) {
      expect(relativeError(net.grads[k] as number, numericGrad(net.params, k, loss))).toBeLessThan(1e-6);
    }
  });

  it('accumulates parameter gradients across passes unless zeroed', () => {
    const { net, analytic } = setUp('leaky-relu', [2, 4, 1], 6);
    analytic();
    const once = Float64Array.from(net.grads);
    mlpBackward(net, 6, true, false);
    net.grads.forEach((g, k) => expect(g).toBeCloseTo(2 * (once[k] as number), 12));
  });

  it('skips parameter gradients when asked, leaving them untouched', () => {
    const { net, analytic } = setUp('relu', [2, 4, 1], 4);
    analytic();
    const before = Float64Array.from(net.grads);
    mlpBackward(net, 4, false, true);
    expect(Array.from(net.grads)).toEqual(Array.from(before));
  });
});

describe('mlp forward and helpers', () => {
  function tiny(activation: Activation): Mlp {
    const net = createMlp([1, 2, 1], activation, createRng(1), 3);
    // Hidden weights (1, −1), zero hidden biases, output weights (1, 1), output bias 0.5.
    net.params.set([1, -1, 0, 0, 1, 1, 0.5]);
    return net;
  }

  it('computes known values for each activation', () => {
    const at = (activation: Activation, x: number): number => mlpPredict(tiny(activation), [x])[0] as number;
    expect(at('relu', 2)).toBeCloseTo(2.5, 12);
    expect(at('relu', -3)).toBeCloseTo(3.5, 12);
    expect(at('leaky-relu', 2)).toBeCloseTo(2 - 0.4 + 0.5, 12);
    expect(at('tanh', 2)).toBeCloseTo(0.5, 12);
  });

  it('predicts more rows than its capacity, in chunks, with the same answers as one at a time', () => {
    const net = createMlp([2, 8, 3], 'tanh', createRng(3), 4);
    const xs = Array.from({ length: 22 }, (_, k) => Math.sin(k));
    const all = mlpPredict(net, xs);
    for (let r = 0; r < 11; r++) {
      const one = mlpPredict(net, xs.slice(2 * r, 2 * r + 2));
      for (let j = 0; j < 3; j++) expect(all[3 * r + j]).toBeCloseTo(one[j] as number, 14);
    }
  });

  it('draws Glorot-uniform weights within ±sqrt(6 / (fanIn + fanOut)) and zero biases', () => {
    const net = createMlp([2, 16, 1], 'relu', createRng(5), 1);
    const limit = Math.sqrt(6 / 18);
    for (let k = 0; k < 32; k++) expect(Math.abs(net.params[k] as number)).toBeLessThanOrEqual(limit);
    expect(Array.from(net.params.subarray(32, 48))).toEqual(new Array(16).fill(0));
  });

  it('rejects bad shapes, row counts and inputs with a RangeError', () => {
    const rng = createRng(1);
    expect(() => createMlp([2], 'relu', rng, 4)).toThrow(RangeError);
    expect(() => createMlp([2, 0, 1], 'relu', rng, 4)).toThrow(RangeError);
    expect(() => createMlp([2, 3, 1], 'relu', rng, 0)).toThrow(RangeError);
    expect(() => createMlp([2, 3, 1], 'sigmoid' as Activation, rng, 4)).toThrow(RangeError);
    const net = createMlp([2, 3, 1], 'relu', rng, 4);
    expect(() => mlpForward(net, 5)).toThrow(RangeError);
    expect(() => mlpForward(net, 0)).toThrow(RangeError);
    expect(() => mlpPredict(net, [])).toThrow(RangeError);
    expect(() => mlpPredict(net, [1, 2, 3])).toThrow(RangeError);
    expect(() => mlpPredict(net, [1, Number.NaN])).toThrow(RangeError);
  });
});
