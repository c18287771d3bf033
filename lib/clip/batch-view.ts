// Everything CLIP's batch widget shows for one setting: the toy batch, its similarity matrix, both softmaxes,
// the two halves of the loss, and the zero-shot scores of one image against the batch's label prompts.

import { randomPermutation } from '@/lib/math/permutation';
import { createRng } from '@/lib/math/random';
import { assertFiniteNumber, assertInteger, assertPositive } from '@/lib/math/validate';
import { clipLossTerms, columnSoftmax, rowSoftmax, similarityMatrix, type ClipLossTerms } from './contrastive';
import { createToyBatch } from './toy-batch';
import { zeroShotClassify, type ZeroShotResult } from './zero-shot';

export interface ClipBatchSettings {
  /** Pairs in the batch, a whole number ≥ 1. */
  readonly size: number;
  /** cos(caption i, image i) for a caption written for its image, in [0, 1]. */
  readonly alignment: number;
  readonly temperature: number;
  /** 0 keeps captions in matching order; k ≥ 1 shuffles them with the seeded permutation k (which can, rarely, be the identity). */
  readonly shuffle: number;
  /** Which random batch. */
  readonly seed: number;
}

export interface ClipBatchView {
  /** captions column j was written for image permutation[j]. */
  readonly permutation: number[];
  /** cos(image i, caption j) / temperature. */
  readonly logits: number[][];
  /** Row softmax: for image i, the probability of each caption. */
  readonly rows: number[][];
  /** Column softmax: for caption j, the probability of each image. */
  readonly columns: number[][];
  readonly loss: ClipLossTerms;
  /** log N: the loss when every similarity is equal, the level of pure guessing. */
  readonly chance: number;
  /** For each image, the caption column with the highest score (the first on ties). */
  readonly topCaption: number[];
  /** How many images score highest on the diagonal, the caption the loss calls right. */
  readonly diagonalWins: number;
}

const argmax = (xs: readonly number[]) => xs.reduce((best, x, i) => (x > (xs[best] as number) ? i : best), 0);

function batchFor(s: ClipBatchSettings, permutation?: readonly number[]) {
  return createToyBatch({ size: s.size, alignment: s.alignment, permutation }, createRng(s.seed));
}

function check(s: ClipBatchSettings): void {
  assertInteger(s.size, 'size', 1);
  assertPositive(s.temperature, 'temperature');
  assertInteger(s.shuffle, 'shuffle', 0);
  assertFiniteNumber(s.seed, 'seed');
}

export function clipBatchView(s: ClipBatchSettings): ClipBatchView {
  check(s);
  const permutation = s.shuffle === 0 ? undefined : randomPermutation(s.size, createRng(s.shuffle));
  const batch = batchFor(s, permutation);
  const logits = similarityMatrix(batch.images, batch.captions, s.temperature);
  const topCaption = logits.map(argmax);
  return {
    permutation: batch.permutation,
    logits,
    rows: rowSoftmax(logits),
    columns: columnSoftmax(logits),
    loss: clipLossTerms(batch.images, batch.captions, s.temperature),
    chance: Math.log(s.size),
    topCaption,
    diagonalWins: topCaption.filter((j, i) => j === i).length,
  };
}

/**
 * Zero-shot scores of image `image` (0-based) against one prompt per label ("a photo of a {label}"); in the
 * toy batch the prompt for label j is the caption written for image j, so the right answer is label `image`.
 */
export function zeroShotForImage(s: ClipBatchSettings, image: number): ZeroShotResult {
  check(s);
  assertInteger(image, 'image', 0);
  if (image >= s.size) throw new RangeError(`image must be below the batch size ${s.size}, got ${image}`);
  const batch = batchFor(s);
  return zeroShotClassify(batch.images[image] as number[], batch.captions, s.temperature);
}
