// Reading trained word vectors: one word's vector, the cosine between two words, a word's nearest neighbours.

import { cosineSimilarity } from '@/lib/math/similarity';
import { assertInteger } from '@/lib/math/validate';
import type { Word2VecState } from './word2vec';

function idOf(state: Word2VecState, word: string): number {
  const id = state.index.get(word);
  if (id === undefined) throw new RangeError(`"${word}" is not in the vocabulary`);
  return id;
}

function row(state: Word2VecState, id: number): number[] {
  const d = state.settings.dimension;
  return Array.from(state.input.subarray(id * d, (id + 1) * d));
}

/** A copy of the word's vector; a word outside the vocabulary throws a RangeError. */
export function wordVector(state: Word2VecState, word: string): number[] {
  return row(state, idOf(state, word));
}

/** Cosine similarity of two words' vectors, in [-1, 1]. */
export function wordSimilarity(state: Word2VecState, a: string, b: string): number {
  return cosineSimilarity(wordVector(state, a), wordVector(state, b));
}

export interface Neighbour {
  readonly word: string;
  readonly similarity: number;
}

/**
 * The k words most similar to `word` by cosine (the word itself excluded), most similar first, ties in
 * vocabulary order. k is a whole number ≥ 0; asking for more than the vocabulary holds returns them all.
 */
export function nearestNeighbours(state: Word2VecState, word: string, k: number): Neighbour[] {
  assertInteger(k, 'k', 0);
  const id = idOf(state, word);
  const target = row(state, id);
  return state.vocabulary
    .map((other, i) => ({ word: other, i }))
    .filter((n) => n.i !== id)
    .map((n) => ({ ...n, similarity: cosineSimilarity(target, row(state, n.i)) }))
    .sort((a, b) => b.similarity - a.similarity || a.i - b.i)
    .slice(0, k)
    .map(({ word: w, similarity }) => ({ word: w, similarity }));
}
