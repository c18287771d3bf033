// A small fully connected network with hand-written backprop, on flat typed arrays so a training step allocates nothing.

import { accumulateGrads, affineRows, transposeInto } from './kernels';
import { assertInteger } from '@/lib/math/validate';

export type Activation = 'relu' | 'leaky-relu' | 'tanh';

export const ACTIVATIONS: readonly Activation[] = Object.freeze(['relu', 'leaky-relu', 'tanh']);

/** Slope of leaky ReLU for negative inputs; 0.2 is the value DCGAN used in its discriminator. */
export const LEAKY_SLOPE = 0.2;

/**
 * A network as plain data (numbers, arrays, typed arrays), so it survives `structuredClone` and `postMessage`.
 * Layer l maps `sizes[l - 1]` inputs to `sizes[l]` outputs; hidden layers use `activation`, the last layer is
 * linear (a discriminator's sigmoid lives in its loss, which works on logits).
 * `params` holds, per layer, the weights (row-major, outputs × inputs) followed by the biases.
 * `acts[0]` is the input buffer and `acts[L]` the output; `deltas[L]` is where a caller writes dLoss/dOutput and
 * `deltas[0]` is where backprop leaves dLoss/dInput. Every buffer has room for `capacity` rows.
 */
export interface Mlp {
  sizes: number[];
  activation: Activation;
  capacity: number;
  offsets: number[];
  params: Float64Array;
  grads: Float64Array;
  acts: Float64Array[];
  deltas: Float64Array[];
  /** Room for the transpose of the largest weight matrix, used by backprop. */
  scratch: Float64Array;
}

function buffer(list: Float64Array[], index: number): Float64Array {
  const b = list[index];
  if (b === undefined) throw new RangeError(`layer ${index} does not exist`);
  return b;
}

/** Glorot-uniform weights and zero biases (the Keras and TensorFlow.js default), drawn from `rng`. */
export function createMlp(sizes: readonly number[], activation: Activation, rng: () => number, capacity: number): Mlp {
  if (sizes.length < 2) throw new RangeError(`sizes needs an input and an output width, got ${sizes.length} entries`);
  sizes.forEach((s, i) => assertInteger(s, `sizes[${i}]`, 1));
  assertInteger(capacity, 'capacity', 1);
  if (!ACTIVATIONS.includes(activation)) throw new RangeError(`unknown activation ${String(activation)}`);
  const offsets: number[] = [];
  let total = 0;
  for (let l = 1; l < sizes.length; l++) {
    offsets.push(total);
    total += (sizes[l] as number) * ((sizes[l - 1] as number) + 1);
  }
  const params = new Float64Array(total);
  for (let l = 1; l < sizes.length; l++) {
    const fanIn = sizes[l - 1] as number;
    const fanOut = sizes[l] as number;
    const limit = Math.sqrt(6 / (fanIn + fanOut));
    const start = offsets[l - 1] as number;
    for (let k = 0; k < fanIn * fanOut; k++) params[start + k] = (2 * rng() - 1) * limit;
  }
  return {
    sizes: [...sizes],
    activation,
    capacity,
    offsets,
    params,
    grads: new Float64Array(total),
    acts: sizes.map((s) => new Float64Array(s * capacity)),
    deltas: sizes.map((s) => new Float64Array(s * capacity)),
    scratch: new Float64Array(Math.max(...sizes.slice(1).map((s, l) => s * (sizes[l] as number)))),
  };
}

export function layerCount(net: Mlp): number {
  return net.sizes.length - 1;
}

/** The buffer to fill with `n` input rows before `mlpForward`. */
export function inputBuffer(net: Mlp): Float64Array {
  return buffer(net.acts, 0);
}

/** The buffer to fill with dLoss/dOutput for `n` rows before `mlpBackward`. */
export function outputGradBuffer(net: Mlp): Float64Array {
  return buffer(net.deltas, layerCount(net));
}

function checkRows(net: Mlp, n: number): void {
  if (!Number.isInteger(n) || n < 1 || n > net.capacity) {
    throw new RangeError(`row count must be a whole number in [1, ${net.capacity}], got ${String(n)}`);
  }
}

function activate(a: Float64Array, count: number, activation: Activation): void {
  if (activation === 'relu') {
    for (let k = 0; k < count; k++) if ((a[k] as number) < 0) a[k] = 0;
  } else if (activation === 'leaky-relu') {
    for (let k = 0; k < count; k++) if ((a[k] as number) < 0) a[k] = (a[k] as number) * LEAKY_SLOPE;
  } else {
    for (let k = 0; k < count; k++) a[k] = Math.tanh(a[k] as number);
  }
}

/** Multiplies a gradient by the activation's derivative, read from the activation's output (no pre-activations kept). */
function activateBackward(g: Float64Array, a: Float64Array, count: number, activation: Activation): void {
  if (activation === 'relu') {
    for (let k = 0; k < count; k++) if (!((a[k] as number) > 0)) g[k] = 0;
  } else if (activation === 'leaky-relu') {
    for (let k = 0; k < count; k++) if (!((a[k] as number) > 0)) g[k] = (g[k] as number) * LEAKY_SLOPE;
  } else {
    for (let k = 0; k < count; k++) {
      const y = a[k] as number;
      g[k] = (g[k] as number) * (1 - y * y);
    }
  }
}

/** Runs the first `n` rows of the input buffer through the network; returns the output buffer (valid until the next pass). */
export function mlpForward(net: Mlp, n: number): Float64Array {
  checkRows(net, n);
  const layers = layerCount(net);
  for (let l = 1; l <= layers; l++) {
    const nIn = net.sizes[l - 1] as number;
    const nOut = net.sizes[l] as number;
    const wStart = net.offsets[l - 1] as number;
    const y = buffer(net.acts, l);
    affineRows(y, buffer(net.acts, l - 1), net.params, wStart, wStart + nIn * nOut, n, nIn, nOut);
    if (l < layers) activate(y, n * nOut, net.activation);
  }
  return buffer(net.acts, layers);
}

/**
 * Backprop for the rows of the last forward pass, from dLoss/dOutput in `outputGradBuffer(net)`.
 * `paramGrads` adds dLoss/dParams into `net.grads` (call `zeroGrads` first unless you mean to accumulate);
 * `inputGrad` leaves dLoss/dInput in the returned buffer, which is how a loss reaches a generator through a
 * discriminator, whose own parameter gradients can then be skipped.
 */
export function mlpBackward(net: Mlp, n: number, paramGrads: boolean, inputGrad: boolean): Float64Array {
  checkRows(net, n);
  for (let l = layerCount(net); l >= 1; l--) {
    const nIn = net.sizes[l - 1] as number;
    const nOut = net.sizes[l] as number;
    const wStart = net.offsets[l - 1] as number;
    const x = buffer(net.acts, l - 1);
    const d = buffer(net.deltas, l);
    if (paramGrads) accumulateGrads(net.grads, wStart, wStart + nIn * nOut, d, x, n, nIn, nOut);
    if (l === 1 && !inputGrad) break;
    // dLoss/dInput = d · W, computed as a forward pass through Wᵀ so it gets the same blocked loop.
    transposeInto(net.scratch, net.params, wStart, nOut, nIn);
    const below = buffer(net.deltas, l - 1);
    affineRows(below, d, net.scratch, 0, -1, n, nOut, nIn);
    if (l > 1) activateBackward(below, x, n * nIn, net.activation);
  }
  return buffer(net.deltas, 0);
}

export function zeroGrads(net: Mlp): void {
  net.grads.fill(0);
}

/**
 * Runs any number of rows (flat, `sizes[0]` numbers per row) through the network in chunks of `capacity` and
 * returns a new array of outputs; for drawing, not for the training loop. It reuses the activation buffers, so
 * a backward pass must not be pending.
 */
export function mlpPredict(net: Mlp, inputs: ArrayLike<number>): Float64Array {
  const nIn = net.sizes[0] as number;
  const nOut = net.sizes[layerCount(net)] as number;
  if (inputs.length === 0 || inputs.length % nIn !== 0) {
    throw new RangeError(`inputs must hold a whole, non-zero number of rows of ${nIn}, got ${inputs.length} numbers`);
  }
  const rows = inputs.length / nIn;
  const out = new Float64Array(rows * nOut);
  const x = inputBuffer(net);
  for (let start = 0; start < rows; start += net.capacity) {
    const n = Math.min(net.capacity, rows - start);
    for (let k = 0; k < n * nIn; k++) {
      const v = inputs[start * nIn + k] as number;
      if (!Number.isFinite(v)) throw new RangeError(`input ${start * nIn + k} must be finite, got ${String(v)}`);
      x[k] = v;
    }
    out.set(mlpForward(net, n).subarray(0, n * nOut), start * nOut);
  }
  return out;
}
