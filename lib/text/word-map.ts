// A 2-D map of chosen word vectors (their top two principal components), for drawing word2vec's space.

import { pca2d } from '@/lib/math/pca';
import { wordVector } from './word-similarity';
import type { Word2VecState } from './word2vec';

export interface WordMapPoint {
  readonly word: string;
  /** Which of the given groups the word came from. */
  readonly group: number;
  readonly x: number;
  readonly y: number;
}

export interface WordMap {
  readonly points: WordMapPoint[];
  /** Share of the chosen words' variance along each axis. */
  readonly explained: [number, number];
}

/**
 * Projects the words of the given groups that are in the vocabulary (others are skipped) onto the top two
 * principal components of just those vectors. Fewer than two known words give no points.
 */
export function wordMap(state: Word2VecState, groups: readonly (readonly string[])[]): WordMap {
  const known = groups.flatMap((words, group) => words.filter((w) => state.index.has(w)).map((word) => ({ word, group })));
  if (known.length < 2) return { points: [], explained: [0, 0] };
  const projection = pca2d(known.map((k) => wordVector(state, k.word)));
  return {
    points: known.map((k, i) => {
      const [x, y] = projection.points[i] as [number, number];
      return { word: k.word, group: k.group, x, y };
    }),
    explained: projection.explained,
  };
}
