// What the widget shows for one moment of training, all read from the vectors by lib/text.
import { oneHotSimilarity } from '@/lib/text/one-hot';
import { nearestNeighbours, wordSimilarity } from '@/lib/text/word-similarity';
import { wordMap } from '@/lib/text/word-map';
import type { Word2VecState } from '@/lib/text/word2vec';
import { NEIGHBOURS } from './schema';

/** `step` is the training step the numbers belong to: the model changes in place, so it keys recomputation. */
export function vectorView(model: Word2VecState, a: string, b: string, step: number) {
  return {
    step,
    similarity: wordSimilarity(model, a, b),
    oneHot: oneHotSimilarity(model.vocabulary, a, b),
    positions: [(model.index.get(a) ?? 0) + 1, (model.index.get(b) ?? 0) + 1] as const,
    neighbours: nearestNeighbours(model, a, NEIGHBOURS),
  };
}

/** The PCA map of the word groups at training step `step` (same keying as vectorView). */
export function mapView(model: Word2VecState, mapGroups: readonly (readonly string[])[], step: number) {
  return { step, ...wordMap(model, mapGroups) };
}

export type VectorView = ReturnType<typeof vectorView>;
