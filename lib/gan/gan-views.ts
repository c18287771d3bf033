// What the GAN widgets draw: D's output over the plane, G's warp of the noise grid, samples, and one latent point.

import { assertBounds, sampleDataset, type Bounds } from './datasets';
import { sigmoid } from './loss';
import { mlpPredict } from './mlp';
import type { GanState } from './trainer';
import { createRng } from '@/lib/math/random';
import { assertFiniteVector, assertInteger } from '@/lib/math/validate';

/** Seeds used when the caller gives none: the same noise every frame, so drawn points move smoothly as G learns. */
export const VIEW_SEEDS = Object.freeze({ fake: 101, real: 202 });

const MAX_POINTS = 100_000;
const MAX_RESOLUTION = 256;

function checkCount(n: number, name: string, max: number): void {
  assertInteger(n, name, 1);
  if (n > max) throw new RangeError(`${name} must be at most ${max}, got ${n}`);
}

function rows(flat: Float64Array, width: number): number[][] {
  return Array.from({ length: flat.length / width }, (_, s) => Array.from(flat.subarray(s * width, (s + 1) * width)));
}

/** Cell centres along one axis. */
function centres(min: number, max: number, n: number): number[] {
  return Array.from({ length: n }, (_, i) => min + ((i + 0.5) * (max - min)) / n);
}

export interface DiscriminatorGrid {
  xs: number[];
  /** Empty for 1-D data. */
  ys: number[];
  /** `values[j][i]` = D(xs[i], ys[j]) in [0, 1]; for 1-D data a single row, D(xs[i]). */
  values: number[][];
}

/**
 * D's probability that a point is real at the centres of a `resolution` × `resolution` grid over `bounds`, for a
 * heat map. Uses the network's scratch buffers, so call it between rounds, not during one; it never changes the
 * course of training.
 */
export function discriminatorGrid(state: GanState, bounds: Bounds, resolution: number): DiscriminatorGrid {
  assertBounds(bounds, state.dataDim === 2);
  checkCount(resolution, 'resolution', MAX_RESOLUTION);
  const xs = centres(bounds.xMin, bounds.xMax, resolution);
  if (state.dataDim === 1) {
    const out = mlpPredict(state.discriminator, xs);
    return { xs, ys: [], values: [Array.from(out, sigmoid)] };
  }
  const ys = centres(bounds.yMin, bounds.yMax, resolution);
  const inputs = new Float64Array(resolution * resolution * 2);
  ys.forEach((y, j) =>
    xs.forEach((x, i) => {
      inputs[2 * (j * resolution + i)] = x;
      inputs[2 * (j * resolution + i) + 1] = y;
    }),
  );
  const out = mlpPredict(state.discriminator, inputs);
  return { xs, ys, values: ys.map((_, j) => Array.from(out.subarray(j * resolution, (j + 1) * resolution), sigmoid)) };
}

export interface GeneratorMapping {
  /** The noise grid: `gridSize` evenly spaced points on [−1, 1], or `gridSize`² of them on [−1, 1]², row-major. */
  z: number[][];
  /** G(z) for each noise point, in the same order. */
  x: number[][];
  /** Polylines through G(z) along each grid row, then each grid column (one line for 1-D noise), for the warped mesh. */
  lines: number[][][];
}

/** The noise grid pushed through G, so a widget can draw how G folds and stretches the noise space. */
export function generatorMapping(state: GanState, gridSize: number): GeneratorMapping {
  checkCount(gridSize, 'gridSize', MAX_RESOLUTION);
  if (gridSize < 2) throw new RangeError(`gridSize must be at least 2, got ${gridSize}`);
  const ticks = Array.from({ length: gridSize }, (_, i) => -1 + (2 * i) / (gridSize - 1));
  const z = state.config.noiseDim === 1 ? ticks.map((t) => [t]) : ticks.flatMap((b) => ticks.map((a) => [a, b]));
  const x = rows(mlpPredict(state.generator, z.flat()), state.dataDim);
  if (state.config.noiseDim === 1) return { z, x, lines: [x] };
  const at = (i: number, j: number): number[] => x[j * gridSize + i] as number[];
  const lines = [
    ...ticks.map((_, j) => ticks.map((__, i) => at(i, j))),
    ...ticks.map((_, i) => ticks.map((__, j) => at(i, j))),
  ];
  return { z, x, lines };
}

/** `n` generated points from noise drawn with `seed`; it draws from its own generator, so training is unaffected. */
export function generate(state: GanState, n: number, seed: number = VIEW_SEEDS.fake): number[][] {
  checkCount(n, 'n', MAX_POINTS);
  const rng = createRng(seed);
  const z = Array.from({ length: n * state.config.noiseDim }, () => 2 * rng() - 1);
  return rows(mlpPredict(state.generator, z), state.dataDim);
}

/** `n` points from the data set, drawn with `seed`, independently of training. */
export function realSample(state: GanState, n: number, seed: number = VIEW_SEEDS.real): number[][] {
  checkCount(n, 'n', MAX_POINTS);
  return sampleDataset(state.config.dataset, n, createRng(seed), state.config.drawnPoints);
}

/** G(z) for one latent point (length `noiseDim`; values outside [−1, 1] extrapolate), for a latent walk. */
export function generatorAt(state: GanState, z: readonly number[]): number[] {
  assertFiniteVector(z, 'z');
  if (z.length !== state.config.noiseDim) {
    throw new RangeError(`z must have ${state.config.noiseDim} entries (noiseDim), got ${z.length}`);
  }
  return Array.from(mlpPredict(state.generator, z));
}
