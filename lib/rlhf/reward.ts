// The reward model's pairwise preference loss (Bradley–Terry, InstructGPT Eq. 1) and the pairs a ranking yields.

import { assertFiniteNumber, assertInteger } from '@/lib/math/validate';
import { saturate } from '@/lib/math/saturate';

/** log(1 + e^x) without overflow: e^x is only ever taken of a non-positive number. */
function softplus(x: number): number {
  return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
}

/**
 * The Bradley–Terry probability that the chosen answer beats the rejected one, σ(r_c − r_r).
 * A difference that overflows (1e308 − (−1e308)) reads as ±Infinity and gives exactly 1 or 0.
 */
export function preferenceProbability(rChosen: number, rRejected: number): number {
  assertFiniteNumber(rChosen, 'rChosen');
  assertFiniteNumber(rRejected, 'rRejected');
  const margin = rChosen - rRejected;
  if (margin >= 0) return 1 / (1 + Math.exp(-margin));
  const e = Math.exp(margin);
  return e / (1 + e);
}

/**
 * −log σ(r_c − r_r) = softplus(r_r − r_c): ln 2 for a tie, → 0 when the chosen answer scores far higher,
 * ≈ the gap when it scores lower. A gap too large for a double saturates at Number.MAX_VALUE.
 */
export function pairwiseLoss(rChosen: number, rRejected: number): number {
  assertFiniteNumber(rChosen, 'rChosen');
  assertFiniteNumber(rRejected, 'rRejected');
  return saturate(softplus(rRejected - rChosen));
}

/**
 * C(k, 2) = k(k − 1)/2: the comparisons one ranking of k answers yields (InstructGPT: K = 4…9 gives 6…36).
 * k must be a whole number from 0 to Number.MAX_SAFE_INTEGER; 0 and 1 answers give no comparison.
 */
export function comparisonCount(k: number): number {
  assertInteger(k, 'k', 0);
  if (k < 2) return 0;
  // Halving the even factor first keeps the product exact while it fits in 2^53.
  return k % 2 === 0 ? (k / 2) * (k - 1) : k * ((k - 1) / 2);
}

export type PreferencePair<T> = { readonly winner: T; readonly loser: T };

/**
 * Every (winner, loser) pair implied by a best-to-worst ranking, C(K, 2) of them, in reading order:
 * (1st, 2nd), (1st, 3rd), …, (2nd, 3rd), … An empty or one-item ranking gives no pairs.
 * A repeated item would have to beat itself, so it throws a RangeError.
 */
export function rankingToPairs<T>(ranking: readonly T[]): PreferencePair<T>[] {
  const seen = new Set<T>();
  ranking.forEach((item, i) => {
    if (seen.has(item)) throw new RangeError(`ranking[${i}] repeats an earlier item: ${String(item)}`);
    seen.add(item);
  });
  const pairs: PreferencePair<T>[] = [];
  for (let i = 0; i < ranking.length; i++) {
    for (let j = i + 1; j < ranking.length; j++) {
      pairs.push({ winner: ranking[i] as T, loser: ranking[j] as T });
    }
  }
  return pairs;
}
