// CLIP's batch similarity matrix and symmetric contrastive (InfoNCE) loss, FACTS.md F5.

import { logSumExp, softmax } from '@/lib/math/softmax';
import { saturate } from '@/lib/math/saturate';
import { cosineSimilarity } from '@/lib/math/similarity';
import { assertFiniteMatrix, assertPositive } from '@/lib/math/validate';

/**
 * s[i][j] = cos(image i, caption j) / temperature. Any numbers of images and captions are allowed, but all
 * embeddings must share one length. A zero embedding has cosine 0 with everything. Entries saturate at
 * ±Number.MAX_VALUE for temperatures so small that the division overflows.
 */
export function similarityMatrix(
  imageEmb: readonly (readonly number[])[],
  textEmb: readonly (readonly number[])[],
  temperature: number,
): number[][] {
  const di = assertFiniteMatrix(imageEmb, 'imageEmb');
  const dt = assertFiniteMatrix(textEmb, 'textEmb');
  if (di !== dt) throw new RangeError(`image and text embeddings must have the same length, got ${di} and ${dt}`);
  assertPositive(temperature, 'temperature');
  return imageEmb.map((image) => textEmb.map((text) => saturate(cosineSimilarity(image, text) / temperature)));
}

function transpose(m: readonly (readonly number[])[]): number[][] {
  return (m[0] ?? []).map((_, j) => m.map((row) => row[j] as number));
}

/** Softmax of each row: for each image, the probability of each caption. */
export function rowSoftmax(matrix: readonly (readonly number[])[]): number[][] {
  assertFiniteMatrix(matrix, 'matrix');
  return matrix.map((row) => softmax(row));
}

/** Softmax of each column: for each caption, the probability of each image (same shape as the input). */
export function columnSoftmax(matrix: readonly (readonly number[])[]): number[][] {
  assertFiniteMatrix(matrix, 'matrix');
  return transpose(transpose(matrix).map((column) => softmax(column)));
}

/** Mean over rows of −log softmax(row)[i] at the row's own (diagonal) entry. */
function meanDiagonalCrossEntropy(matrix: readonly (readonly number[])[]): number {
  const n = matrix.length;
  return saturate(matrix.reduce((sum, row, i) => sum + saturate(logSumExp(row) - (row[i] as number)) / n, 0));
}

export interface ClipLossTerms {
  /** Each image must pick its own caption among all captions (cross-entropy over rows). */
  readonly imageToText: number;
  /** Each caption must pick its own image among all images (cross-entropy over columns). */
  readonly textToImage: number;
  /** The mean of the two: CLIP's loss. */
  readonly loss: number;
}

/** Both directions of CLIP's loss for a batch where image i and caption i belong together. */
export function clipLossTerms(
  imageEmb: readonly (readonly number[])[],
  textEmb: readonly (readonly number[])[],
  temperature: number,
): ClipLossTerms {
  if (imageEmb.length !== textEmb.length) {
    throw new RangeError(`a batch needs as many captions as images, got ${imageEmb.length} and ${textEmb.length}`);
  }
  const s = similarityMatrix(imageEmb, textEmb, temperature);
  const imageToText = meanDiagonalCrossEntropy(s);
  const textToImage = meanDiagonalCrossEntropy(transpose(s));
  return { imageToText, textToImage, loss: imageToText / 2 + textToImage / 2 };
}

/**
 * CLIP's symmetric contrastive loss: the mean of the image→text and text→image cross-entropies over the
 * N×N cosine-similarity matrix divided by the temperature. It is ≥ 0, and log N when all similarities are equal.
 */
export function clipLoss(
  imageEmb: readonly (readonly number[])[],
  textEmb: readonly (readonly number[])[],
  temperature: number,
): number {
  return clipLossTerms(imageEmb, textEmb, temperature).loss;
}
