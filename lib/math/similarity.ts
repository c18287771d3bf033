// Dot product, Euclidean norm and cosine similarity, safe for huge and tiny components.

import { saturate } from './saturate';
import { assertFiniteVector, assertSameLength } from './validate';

function maxAbs(a: readonly number[]): number {
  let m = 0;
  for (const x of a) {
    const ax = Math.abs(x);
    if (ax > m) m = ax;
  }
  return m;
}

function plainDot(a: readonly number[], b: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += (a[i] as number) * (b[i] as number);
  return sum;
}

/**
 * Σ aᵢbᵢ. When the plain sum overflows, the vectors are rescaled by their largest components first;
 * a true value beyond the double range saturates at ±Number.MAX_VALUE.
 */
export function dot(a: readonly number[], b: readonly number[]): number {
  assertFiniteVector(a, 'a');
  assertFiniteVector(b, 'b');
  assertSameLength(a, b, 'a', 'b');
  const plain = plainDot(a, b);
  if (Number.isFinite(plain)) return plain;
  const sa = maxAbs(a);
  const sb = maxAbs(b);
  const inner = plainDot(a.map((x) => x / sa), b.map((x) => x / sb));
  return inner === 0 ? 0 : saturate(inner * sa * sb);
}

/** The Euclidean length, computed on the vector scaled by its largest component (no overflow or underflow). */
export function norm(a: readonly number[]): number {
  assertFiniteVector(a, 'a');
  const s = maxAbs(a);
  if (s === 0) return 0;
  let sum = 0;
  for (const x of a) sum += (x / s) * (x / s);
  return saturate(s * Math.sqrt(sum));
}

/**
 * a·b / (|a||b|), clamped to [-1, 1] against rounding. Both vectors are scaled to a largest component of 1
 * first, so 1e200 and 1e-200 entries work. Defined as 0 when either vector is all zeros.
 */
export function cosineSimilarity(a: readonly number[], b: readonly number[]): number {
  assertFiniteVector(a, 'a');
  assertFiniteVector(b, 'b');
  assertSameLength(a, b, 'a', 'b');
  const sa = maxAbs(a);
  const sb = maxAbs(b);
  if (sa === 0 || sb === 0) return 0;
  const ua = a.map((x) => x / sa);
  const ub = b.map((x) => x / sb);
  const c = plainDot(ua, ub) / Math.sqrt(plainDot(ua, ua) * plainDot(ub, ub));
  return Math.min(1, Math.max(-1, c));
}
