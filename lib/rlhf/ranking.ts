// A reader's ranking of candidate answers: as letters for a URL (`BADC`), moved one place at a time, resized
// when K changes, and compared pair by pair with a reward model's scores.

import { assertFiniteVector, assertInteger } from '@/lib/math/validate';
import { pairwiseLoss, preferenceProbability, rankingToPairs } from './reward';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** The answer's letter: 0 → A … 25 → Z. */
export function answerLetter(index: number): string {
  assertInteger(index, 'index', 0);
  if (index >= LETTERS.length) throw new RangeError(`index must be at most ${LETTERS.length - 1}, got ${index}`);
  return LETTERS[index] as string;
}

/** A best-to-worst ranking of answer indices written as letters, e.g. [1, 0, 3, 2] → "BADC". */
export function formatRanking(ranking: readonly number[]): string {
  return ranking.map(answerLetter).join('');
}

/**
 * Reads letters (either case) as a ranking of the first k answers: each of A… (k letters) exactly once.
 * Anything else (a repeat, a letter beyond the k-th, a wrong length, other characters) gives null.
 */
export function parseRanking(text: string, k: number): number[] | null {
  assertInteger(k, 'k', 1);
  if (k > LETTERS.length || text.length !== k) return null;
  const ranking: number[] = [];
  for (const ch of text.toUpperCase()) {
    const index = LETTERS.indexOf(ch);
    if (index < 0 || index >= k || ranking.includes(index)) return null;
    ranking.push(index);
  }
  return ranking;
}

/** The answers in the order they are listed, 0 … k − 1: the starting ranking before the reader sorts. */
export function identityRanking(k: number): number[] {
  assertInteger(k, 'k', 0);
  return Array.from({ length: k }, (_, i) => i);
}

/** A copy with the item at position `from` taken out and put back at position `to` (both clamped to the list). */
export function moveInRanking<T>(ranking: readonly T[], from: number, to: number): T[] {
  assertInteger(from, 'from', 0);
  if (!Number.isInteger(to)) throw new RangeError(`to must be a whole number, got ${String(to)}`);
  const out = [...ranking];
  if (from >= out.length) return out;
  const [item] = out.splice(from, 1);
  out.splice(Math.min(Math.max(to, 0), out.length), 0, item as T);
  return out;
}

/**
 * The ranking for k answers: keeps the reader's order of the answers that remain (index < k) and appends
 * the new ones at the bottom in listed order, so growing and shrinking K does not undo the reader's work.
 */
export function resizeRanking(ranking: readonly number[], k: number): number[] {
  assertInteger(k, 'k', 0);
  const kept = ranking.filter((i) => Number.isInteger(i) && i >= 0 && i < k);
  const unique = kept.filter((i, pos) => kept.indexOf(i) === pos);
  for (let i = 0; i < k; i++) if (!unique.includes(i)) unique.push(i);
  return unique;
}

export type PairCheck = {
  readonly winner: number;
  readonly loser: number;
  /** σ(r_winner − r_loser): the model's probability that the reader prefers the winner. */
  readonly probability: number;
  /** −log σ(r_winner − r_loser), this pair's term of the reward-model loss. */
  readonly loss: number;
  /** The model scores the reader's winner strictly higher. */
  readonly agrees: boolean;
};

/** Every C(K, 2) pair of the ranking, checked against the scores, and how many the model gets right. */
export function checkPairs(ranking: readonly number[], scores: readonly number[]): { pairs: PairCheck[]; agree: number; meanLoss: number } {
  assertFiniteVector(scores, 'scores');
  ranking.forEach((index, i) => {
    if (!Number.isInteger(index) || index < 0 || index >= scores.length) {
      throw new RangeError(`ranking[${i}] must be an answer index in [0, ${scores.length - 1}], got ${String(index)}`);
    }
  });
  const pairs = rankingToPairs(ranking).map(({ winner, loser }) => {
    const rw = scores[winner] as number;
    const rl = scores[loser] as number;
    return { winner, loser, probability: preferenceProbability(rw, rl), loss: pairwiseLoss(rw, rl), agrees: rw > rl };
  });
  const agree = pairs.filter((p) => p.agrees).length;
  const meanLoss = pairs.length === 0 ? 0 : pairs.reduce((sum, p) => sum + p.loss, 0) / pairs.length;
  return { pairs, agree, meanLoss };
}

/**
 * Each answer's place (1 = best) when ranked by score, highest first; tied answers share the better place
 * (scores [3, 5, 3] give places [2, 1, 2]).
 */
export function placesByScore(scores: readonly number[]): number[] {
  assertFiniteVector(scores, 'scores');
  return scores.map((s) => 1 + scores.filter((other) => other > s).length);
}
