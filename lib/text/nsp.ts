// BERT's next-sentence-prediction pairs: sentence A, then B is the real next sentence half the time
// (IsNext) and a random other sentence of the corpus otherwise (NotNext).

import { randomInt, uniform } from '@/lib/math/random';
import { assertInteger } from '@/lib/math/validate';

export type NspLabel = 'IsNext' | 'NotNext';

export interface NspPair {
  /** Index of sentence A in the corpus; A always has a next sentence. */
  readonly aIndex: number;
  /** Index of sentence B: aIndex + 1 for IsNext, any index except aIndex and aIndex + 1 for NotNext. */
  readonly bIndex: number;
  readonly a: readonly string[];
  readonly b: readonly string[];
  readonly label: NspLabel;
}

/** The fewest sentences that leave a NotNext choice: A, its real next sentence, and one other. */
export const MIN_NSP_SENTENCES = 3;

/**
 * Draws one pair. A is uniform over the sentences that have a successor; with probability 1/2 B is that
 * successor, otherwise B is uniform over the sentences that are neither A nor its successor, so a NotNext
 * label is never accidentally true (BERT's random sentence comes from another document for the same reason).
 * Needs at least three sentences.
 */
export function makeNspPair(sentences: readonly (readonly string[])[], rng: () => number): NspPair {
  const n = sentences.length;
  if (n < MIN_NSP_SENTENCES) throw new RangeError(`sentences must hold at least ${MIN_NSP_SENTENCES} sentences, got ${n}`);
  const aIndex = randomInt(rng, n - 1);
  const isNext = uniform(rng) < 0.5;
  let bIndex = aIndex + 1;
  if (!isNext) {
    // Uniform over the n − 2 other sentences: draw from a range with the two excluded slots removed.
    const r = randomInt(rng, n - 2);
    bIndex = r < aIndex ? r : r + 2;
  }
  return {
    aIndex,
    bIndex,
    a: sentences[aIndex] as readonly string[],
    b: sentences[bIndex] as readonly string[],
    label: isNext ? 'IsNext' : 'NotNext',
  };
}

/** How many of `draws` pairs were IsNext, for a counter that converges to 50%. */
export function countIsNext(sentences: readonly (readonly string[])[], rng: () => number, draws: number): { draws: number; isNext: number } {
  assertInteger(draws, 'draws', 0);
  let isNext = 0;
  for (let i = 0; i < draws; i++) if (makeNspPair(sentences, rng).label === 'IsNext') isNext++;
  return { draws, isNext };
}
