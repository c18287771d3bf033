// Principal component analysis down to two dimensions, for drawing high-dimensional vectors on a plane.

import { saturate } from './saturate';
import { assertFiniteMatrix } from './validate';

export interface Projection2d {
  /** One [x, y] pair per input vector, in the input order. */
  readonly points: [number, number][];
  /** The share of the total variance along each axis; both 0 when all vectors are equal. */
  readonly explained: [number, number];
  /**
   * The two unit directions. Both are zero vectors when all vectors are equal, and the second is zero when
   * d = 1; when the data lie on a line the second is some direction orthogonal to it (explaining 0).
   */
  readonly components: [number[], number[]];
}

const MAX_ITERATIONS = 500;
const TOLERANCE = 1e-13;
const NOISE = 1e-12;

function covariance(centred: readonly number[][], d: number): number[][] {
  const c = Array.from({ length: d }, () => new Array<number>(d).fill(0));
  for (const row of centred) {
    for (let i = 0; i < d; i++) {
      const ri = row[i] as number;
      if (ri === 0) continue;
      const ci = c[i] as number[];
      for (let j = i; j < d; j++) ci[j] = (ci[j] as number) + ri * (row[j] as number);
    }
  }
  for (let i = 0; i < d; i++) for (let j = 0; j < i; j++) (c[i] as number[])[j] = (c[j] as number[])[i] as number;
  return c;
}

function multiply(m: readonly number[][], v: readonly number[]): number[] {
  return m.map((row) => row.reduce((sum, x, j) => sum + x * (v[j] as number), 0));
}

/** v / |v|, scaled by the largest entry first so tiny entries do not underflow when squared; null for 0. */
function unit(v: readonly number[]): number[] | null {
  const m = v.reduce((acc, x) => Math.max(acc, Math.abs(x)), 0);
  if (m === 0) return null;
  const scaled = v.map((x) => x / m);
  const n = Math.sqrt(scaled.reduce((sum, x) => sum + x * x, 0));
  return scaled.map((x) => x / n);
}

/** Makes the largest-magnitude entry positive (earliest index on ties), so repeated runs agree on the sign. */
function fixSign(v: readonly number[]): number[] {
  let best = 0;
  v.forEach((x, i) => {
    if (Math.abs(x) > Math.abs(v[best] as number) + 1e-12) best = i;
  });
  return (v[best] as number) < 0 ? v.map((x) => -x) : [...v];
}

/** Removes the component along `against`; done twice, because once leaves rounding residue when v is nearly parallel. */
function orthogonalise(v: readonly number[], against: readonly number[] | undefined): number[] {
  if (!against) return [...v];
  let w = [...v];
  for (let pass = 0; pass < 2; pass++) {
    const along = w.reduce((sum, x, i) => sum + x * (against[i] as number), 0);
    w = w.map((x, i) => x - along * (against[i] as number));
  }
  return w;
}

/**
 * The top eigenvector of a symmetric positive semi-definite matrix by power iteration, kept orthogonal to
 * an earlier component when one is given. The start vector has distinct entries from a fixed irrational
 * sequence, so it is deterministic and (outside contrived inputs) not orthogonal to the answer. `scale` is
 * the data's total variance: a product far below it is rounding noise, meaning no variance is left, and
 * the current (orthogonal, unit) direction is kept with eigenvalue 0.
 */
function topEigen(
  m: readonly number[][],
  d: number,
  scale: number,
  against?: readonly number[],
): { vector: number[]; value: number } {
  const zero = { vector: new Array<number>(d).fill(0), value: 0 };
  let v = unit(orthogonalise(Array.from({ length: d }, (_, i) => 1 + ((i * 0.6180339887498949) % 1)), against));
  if (!v || !(scale > 0)) return zero;
  for (let it = 0; it < MAX_ITERATIONS; it++) {
    const product = orthogonalise(multiply(m, v), against);
    if (product.every((x) => Math.abs(x) <= NOISE * scale)) return { vector: fixSign(v), value: 0 };
    const next = unit(product);
    if (!next) return zero;
    const previous: number[] = v;
    const change = next.reduce((sum, x, i) => sum + Math.abs(x - (previous[i] as number)), 0);
    v = next;
    if (change < TOLERANCE) break;
  }
  const vector = fixSign(v);
  const mv = multiply(m, vector);
  const value = Math.max(0, vector.reduce((sum, x, i) => sum + x * (mv[i] as number), 0));
  return { vector, value };
}

/** m − λvvᵀ, removing the found direction so the next power iteration finds the runner-up. */
function deflate(m: readonly number[][], vector: readonly number[], value: number): number[][] {
  return m.map((row, i) => row.map((x, j) => x - value * (vector[i] as number) * (vector[j] as number)));
}

/**
 * Projects vectors onto their top two principal components (power iteration with deflation on the
 * covariance matrix). Inputs are scaled by their largest entry first, so huge values cannot overflow.
 * Degenerate answers: a single vector or identical vectors give all-zero points and explained [0, 0];
 * one-dimensional input gives y = 0 and explained [1, 0].
 */
export function pca2d(vectors: readonly (readonly number[])[]): Projection2d {
  const d = assertFiniteMatrix(vectors, 'vectors');
  let scale = 0;
  for (const row of vectors) for (const x of row) scale = Math.max(scale, Math.abs(x));
  const s = scale > 0 ? scale : 1;
  const n = vectors.length;
  const mean = new Array<number>(d).fill(0);
  for (const row of vectors) row.forEach((x, j) => (mean[j] = (mean[j] as number) + x / s / n));
  const centred = vectors.map((row) => row.map((x, j) => x / s - (mean[j] as number)));
  const cov = covariance(centred, d);
  const total = cov.reduce((sum, row, i) => sum + (row[i] as number), 0);
  const found = topEigen(cov, d, total);
  const runnerUp = topEigen(deflate(cov, found.vector, found.value), d, total, found.vector);
  // With nearly equal eigenvalues the iteration stops short, and the runner-up can come out marginally larger.
  const [first, second] = runnerUp.value > found.value ? [runnerUp, found] : [found, runnerUp];
  const project = (row: readonly number[], v: readonly number[]) =>
    saturate(s * row.reduce((sum, x, j) => sum + x * (v[j] as number), 0));
  const ratio = (value: number) => (total > 0 ? Math.min(1, value / total) : 0);
  return {
    points: centred.map((row) => [project(row, first.vector), project(row, second.vector)]),
    explained: [ratio(first.value), ratio(second.value)],
    components: [first.vector, second.vector],
  };
}
