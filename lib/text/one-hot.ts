// One-hot word vectors: the baseline that carries no meaning, since different words are always orthogonal.

import { cosineSimilarity } from '@/lib/math/similarity';
import { assertNonEmpty } from '@/lib/math/validate';

/** A vector as long as the vocabulary with a single 1 at the word's position; unknown words throw a RangeError. */
export function oneHot(vocabulary: readonly string[], word: string): number[] {
  assertNonEmpty(vocabulary, 'vocabulary');
  const i = vocabulary.indexOf(word);
  if (i < 0) throw new RangeError(`"${word}" is not in the vocabulary`);
  return vocabulary.map((_, j) => (j === i ? 1 : 0));
}

/** Cosine similarity of two one-hot vectors: 1 for the same word, 0 for any two different words. */
export function oneHotSimilarity(vocabulary: readonly string[], a: string, b: string): number {
  return cosineSimilarity(oneHot(vocabulary, a), oneHot(vocabulary, b));
}
