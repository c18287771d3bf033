// Permutations of 0..n-1: random shuffles and the check that a given array is one.

import { randomInt } from './random';
import { assertInteger } from './validate';

/** A uniform random permutation of 0..n-1 (Fisher–Yates). */
export function randomPermutation(n: number, rng: () => number): number[] {
  assertInteger(n, 'n', 0);
  const p = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = randomInt(rng, i + 1);
    const tmp = p[i] as number;
    p[i] = p[j] as number;
    p[j] = tmp;
  }
  return p;
}

/** True when p holds each of 0..n-1 exactly once. */
export function isPermutation(p: readonly number[], n: number): boolean {
  if (p.length !== n) return false;
  const seen = new Array<boolean>(n).fill(false);
  for (const x of p) {
    if (!Number.isInteger(x) || x < 0 || x >= n || seen[x]) return false;
    seen[x] = true;
  }
  return true;
}
