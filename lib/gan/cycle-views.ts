// What the CycleGAN widget draws: points of one domain, their translation, and the round trip back.

import { sampleDomain, type CycleDomain } from './cycle-domains';
import type { CycleState } from './cyclegan';
import { mlpPredict } from './mlp';
import { createRng } from '@/lib/math/random';
import { assertFiniteMatrix, assertInteger } from '@/lib/math/validate';

const MAX_POINTS = 100_000;

function checkDomain(from: CycleDomain): void {
  if (from !== 'x' && from !== 'y') throw new RangeError(`domain must be 'x' or 'y', got ${String(from)}`);
}

function rows(flat: Float64Array): number[][] {
  return Array.from({ length: flat.length / 2 }, (_, s) => [flat[2 * s] as number, flat[2 * s + 1] as number]);
}

/** G(points) when `from` is 'x', F(points) when it is 'y'. Uses the networks' scratch buffers: call between rounds. */
export function translate(state: CycleState, points: readonly (readonly number[])[], from: CycleDomain): number[][] {
  checkDomain(from);
  const width = assertFiniteMatrix(points, 'points');
  if (width !== 2) throw new RangeError(`points must be (x, y) pairs, got rows of ${width}`);
  return rows(mlpPredict(from === 'x' ? state.g : state.f, points.flat()));
}

export interface CycleMapping {
  input: number[][];
  /** G(x) for points of X, F(y) for points of Y. */
  translated: number[][];
  /** F(G(x)) or G(F(y)): close to `input` when the cycle is consistent. */
  reconstructed: number[][];
}

/** The round trip x → G(x) → F(G(x)) (or y → F(y) → G(F(y))) for each point. */
export function cycleMapping(state: CycleState, points: readonly (readonly number[])[], from: CycleDomain): CycleMapping {
  const translated = translate(state, points, from);
  const reconstructed = translate(state, translated, from === 'x' ? 'y' : 'x');
  return { input: points.map((p) => [...p]), translated, reconstructed };
}

/** `n` points of a domain drawn with `seed`, independently of training. */
export function domainSample(domain: CycleDomain, n: number, seed: number): number[][] {
  checkDomain(domain);
  assertInteger(n, 'n', 1);
  if (n > MAX_POINTS) throw new RangeError(`n must be at most ${MAX_POINTS}, got ${n}`);
  return sampleDomain(domain, n, createRng(seed));
}

function meanL1(a: readonly number[][], b: readonly number[][]): number {
  let total = 0;
  a.forEach((p, s) => {
    const q = b[s] as number[];
    total += Math.abs((p[0] as number) - (q[0] as number)) + Math.abs((p[1] as number) - (q[1] as number));
  });
  return total / a.length;
}

/**
 * The cycle loss on `n` fresh samples of each domain (drawn with `seed`): E‖F(G(x)) − x‖₁ + E‖G(F(y)) − y‖₁,
 * with each direction reported too.
 */
export function cycleError(state: CycleState, n = 500, seed = 303): { forward: number; backward: number; total: number } {
  const xs = domainSample('x', n, seed);
  const ys = domainSample('y', n, seed + 1);
  const forward = meanL1(cycleMapping(state, xs, 'x').reconstructed, xs);
  const backward = meanL1(cycleMapping(state, ys, 'y').reconstructed, ys);
  return { forward, backward, total: forward + backward };
}
