// Toy data distributions for the GAN widgets: samplers that write into preallocated buffers for the training loop.

import { gaussian, randomInt } from '@/lib/math/random';
import { assertFiniteMatrix, assertInteger } from '@/lib/math/validate';

export type DatasetName = 'gaussian' | 'line' | 'ring' | 'moons' | 'drawn' | 'gaussian-1d';

export const DATASET_NAMES: readonly DatasetName[] = Object.freeze(['gaussian', 'line', 'ring', 'moons', 'drawn', 'gaussian-1d']);

/** A rectangle of the data plane; 1-D data uses only x. */
export interface Bounds {
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

/** Every built-in data set lies well inside this square, which the widgets draw. */
export const DEFAULT_BOUNDS: Readonly<Bounds> = Object.freeze({ xMin: -1.5, xMax: 1.5, yMin: -1.5, yMax: 1.5 });

/** The single 2-D Gaussian: an axis-aligned ellipse, wider than tall, away from the origin so a mean of 0 is wrong. */
export const GAUSSIAN_2D = Object.freeze({ mean: Object.freeze([0.5, -0.4] as const), std: Object.freeze([0.3, 0.25] as const) });
export const GAUSSIAN_1D = Object.freeze({ mean: 0.5, std: 0.3 });
/** Eight modes on a circle: the classic mode-collapse test (a generator often covers a few of them). */
export const RING = Object.freeze({ modes: 8, radius: 1, std: 0.05 });
/** Standard deviation of the jitter around a reader-drawn point and across the line (the moons get twice this). */
export const JITTER = 0.03;

/** Checks that a rectangle is finite and not empty; `withY` false skips the y range, which 1-D data ignores. */
export function assertBounds(b: Bounds, withY = true): void {
  for (const key of ['xMin', 'xMax', 'yMin', 'yMax'] as const) {
    if (!Number.isFinite(b[key])) throw new RangeError(`bounds.${key} must be finite, got ${String(b[key])}`);
  }
  if (!(b.xMax > b.xMin)) throw new RangeError(`bounds must have xMax > xMin, got ${b.xMin} and ${b.xMax}`);
  if (withY && !(b.yMax > b.yMin)) throw new RangeError(`bounds must have yMax > yMin, got ${b.yMin} and ${b.yMax}`);
}

export function datasetDim(name: DatasetName): 1 | 2 {
  return name === 'gaussian-1d' ? 1 : 2;
}

export function assertDatasetName(name: string): asserts name is DatasetName {
  if (!(DATASET_NAMES as readonly string[]).includes(name)) {
    throw new RangeError(`dataset must be one of ${DATASET_NAMES.join(', ')}, got ${String(name)}`);
  }
}

/** Flattens reader-drawn points (x, y pairs) into the form `sampleInto` reads; at least one point is required. */
export function flattenPoints(points: readonly (readonly number[])[]): Float64Array {
  const width = assertFiniteMatrix(points, 'drawnPoints');
  if (width !== 2) throw new RangeError(`drawnPoints must be (x, y) pairs, got rows of ${width}`);
  const flat = new Float64Array(points.length * 2);
  points.forEach((p, i) => flat.set(p, i * 2));
  return flat;
}

/**
 * Writes `n` samples of the data set into `out` (row-major, `datasetDim` numbers per row). `drawn` holds the
 * flattened reader points for 'drawn' (ignored otherwise): each sample is a stored point plus Gaussian jitter.
 */
export function sampleInto(name: DatasetName, rng: () => number, out: Float64Array, n: number, drawn?: Float64Array): void {
  const dim = datasetDim(name);
  if (!Number.isInteger(n) || n < 0 || n * dim > out.length) {
    throw new RangeError(`n must be a whole number with n × ${dim} <= ${out.length}, got ${String(n)}`);
  }
  for (let s = 0; s < n; s++) {
    const k = s * dim;
    switch (name) {
      case 'gaussian-1d':
        out[k] = GAUSSIAN_1D.mean + GAUSSIAN_1D.std * gaussian(rng);
        break;
      case 'gaussian':
        out[k] = GAUSSIAN_2D.mean[0] + GAUSSIAN_2D.std[0] * gaussian(rng);
        out[k + 1] = GAUSSIAN_2D.mean[1] + GAUSSIAN_2D.std[1] * gaussian(rng);
        break;
      case 'line': {
        const t = 2 * rng() - 1;
        const across = JITTER * gaussian(rng);
        // The segment from (−1, −0.5) to (1, 0.5), jittered at right angles to it.
        out[k] = t - across * 0.4472135955;
        out[k + 1] = 0.5 * t + across * 0.894427191;
        break;
      }
      case 'ring': {
        const angle = (2 * Math.PI * randomInt(rng, RING.modes)) / RING.modes;
        out[k] = RING.radius * Math.cos(angle) + RING.std * gaussian(rng);
        out[k + 1] = RING.radius * Math.sin(angle) + RING.std * gaussian(rng);
        break;
      }
      case 'moons': {
        // scikit-learn's two moons, centred and scaled by 0.8 so they fill the middle of DEFAULT_BOUNDS.
        const t = Math.PI * rng();
        const upper = rng() < 0.5;
        const x = upper ? Math.cos(t) : 1 - Math.cos(t);
        const y = upper ? Math.sin(t) : 0.5 - Math.sin(t);
        out[k] = 0.8 * (x - 0.5) + 2 * JITTER * gaussian(rng);
        out[k + 1] = 0.8 * (y - 0.25) + 2 * JITTER * gaussian(rng);
        break;
      }
      case 'drawn': {
        if (drawn === undefined || drawn.length < 2) throw new RangeError('the drawn data set needs at least one point');
        const p = 2 * randomInt(rng, drawn.length >> 1);
        out[k] = (drawn[p] as number) + JITTER * gaussian(rng);
        out[k + 1] = (drawn[p + 1] as number) + JITTER * gaussian(rng);
        break;
      }
    }
  }
}

/** `n` samples as an array of points, for drawing and tests. */
export function sampleDataset(
  name: DatasetName,
  n: number,
  rng: () => number,
  drawnPoints?: readonly (readonly number[])[],
): number[][] {
  assertDatasetName(name);
  assertInteger(n, 'n', 1);
  const dim = datasetDim(name);
  const out = new Float64Array(n * dim);
  sampleInto(name, rng, out, n, name === 'drawn' ? flattenPoints(drawnPoints ?? []) : undefined);
  return Array.from({ length: n }, (_, s) => Array.from(out.subarray(s * dim, (s + 1) * dim)));
}
