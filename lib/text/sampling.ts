// Cutting a next-token distribution down (top-k, top-p) and drawing one token from it.

import { normalizeWeights } from '@/lib/math/normalize';
import { uniform } from '@/lib/math/random';
import { assertInteger } from '@/lib/math/validate';

/** Indices from most to least likely; equal probabilities keep index order, so the cut is deterministic. */
export function rankByProbability(probs: readonly number[]): number[] {
  return probs.map((_, i) => i).sort((a, b) => (probs[b] as number) - (probs[a] as number) || a - b);
}

function keepOnly(probs: readonly number[], kept: readonly number[]): number[] {
  const out = new Array<number>(probs.length).fill(0);
  for (const i of kept) out[i] = probs[i] as number;
  return normalizeWeights(out);
}

/**
 * Keeps the k most likely tokens (ties broken by index) and renormalises; the rest become 0.
 * probs may be any non-negative weights with a positive total; k is a whole number ≥ 1 (k beyond the
 * vocabulary keeps everything). Zero-probability tokens stay at 0 even when k reaches them.
 */
export function topK(probs: readonly number[], k: number): number[] {
  const p = normalizeWeights(probs);
  assertInteger(k, 'k', 1);
  return keepOnly(p, rankByProbability(p).slice(0, k));
}

/** Slack for rounding in the running total, so a set whose exact total equals p counts as reaching it. */
const SUM_SLACK = 1e-12;

/**
 * Nucleus sampling's cut: keeps the smallest set of most likely tokens whose total probability reaches p
 * (ties broken by index, so the kept set is always a prefix of the ranked order), then renormalises.
 * p must be in (0, 1]; p = 1 keeps every token, a tiny p keeps just the most likely one.
 */
export function topP(probs: readonly number[], p: number): number[] {
  const q = normalizeWeights(probs);
  if (!(p > 0 && p <= 1)) throw new RangeError(`p must be in (0, 1], got ${String(p)}`);
  if (p === 1) return q;
  const kept: number[] = [];
  let total = 0;
  for (const i of rankByProbability(q)) {
    if (total >= p - SUM_SLACK || (q[i] as number) === 0) break;
    kept.push(i);
    total += q[i] as number;
  }
  return keepOnly(q, kept);
}

/**
 * Draws an index with probability proportional to probs[i] (non-negative weights, positive total).
 * A zero-weight index is never returned, whatever the rng gives.
 */
export function sampleIndex(probs: readonly number[], rng: () => number): number {
  const q = normalizeWeights(probs);
  const u = uniform(rng);
  let cumulative = 0;
  let lastPositive = 0;
  for (let i = 0; i < q.length; i++) {
    const qi = q[i] as number;
    if (qi === 0) continue;
    cumulative += qi;
    lastPositive = i;
    if (u < cumulative) return i;
  }
  return lastPositive;
}
