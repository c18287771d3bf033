// Zero-shot classification the CLIP way: compare one image embedding with one text embedding per label.

import { softmax } from '@/lib/math/softmax';
import { similarityMatrix } from './contrastive';

export interface ZeroShotResult {
  /** cos(image, label) / temperature for each label. */
  readonly logits: number[];
  readonly probabilities: number[];
  /** The most probable label's index (the first one on ties). */
  readonly best: number;
}

/**
 * Scores an image against label embeddings (e.g. "a photo of a {label}") and turns the scores into
 * probabilities. The default temperature 0.01 is the limit CLIP clips its learned scale to (logits ≤ 100).
 */
export function zeroShotClassify(
  imageEmb: readonly number[],
  labelEmbs: readonly (readonly number[])[],
  temperature = 0.01,
): ZeroShotResult {
  const logits = similarityMatrix([imageEmb], labelEmbs, temperature)[0] as number[];
  const probabilities = softmax(logits);
  const best = probabilities.reduce((bi, p, i) => (p > (probabilities[bi] as number) ? i : bi), 0);
  return { logits, probabilities, best };
}
