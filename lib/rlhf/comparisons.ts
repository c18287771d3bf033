// How many comparisons InstructGPT's rankings yield: per prompt for each K, and per training batch.

import { assertInteger } from '@/lib/math/validate';
import { comparisonCount } from './reward';

export interface ComparisonRow {
  /** Answers ranked for one prompt. */
  readonly k: number;
  /** C(k, 2): the pairs one ranking of k answers orders. */
  readonly comparisons: number;
}

/**
 * One row per K from kMin to kMax: the comparisons a ranking of K answers gives (InstructGPT: K = 4…9 → 6…36).
 * Both bounds are whole numbers ≥ 0 with kMin ≤ kMax, else a RangeError.
 */
export function comparisonsByK(kMin: number, kMax: number): ComparisonRow[] {
  assertInteger(kMin, 'kMin', 0);
  assertInteger(kMax, 'kMax', 0);
  if (kMin > kMax) throw new RangeError(`kMin must be <= kMax, got ${kMin} and ${kMax}`);
  const rows: ComparisonRow[] = [];
  for (let k = kMin; k <= kMax; k++) rows.push({ k, comparisons: comparisonCount(k) });
  return rows;
}

/**
 * Comparisons in one reward-model batch when every one of `prompts` prompts has k ranked answers. InstructGPT keeps
 * all C(K, 2) pairs of a prompt in one batch element, so a batch of 64 prompts with K = 9 holds 64 · 36 = 2,304.
 */
export function comparisonsPerBatch(prompts: number, k: number): number {
  assertInteger(prompts, 'prompts', 0);
  return prompts * comparisonCount(k);
}
