// Next-token sampling on the n-gram model: temperature, then top-k, then top-p, then one draw.

import { softmax } from '@/lib/math/softmax';
import { assertInteger } from '@/lib/math/validate';
import { type NgramModel, nextTokenLogits } from './ngram';
import { sampleIndex, topK, topP } from './sampling';

export interface SamplingSettings {
  /** > 0; 1 leaves the model's distribution as it is, lower sharpens it, higher flattens it. */
  readonly temperature: number;
  /** Keep only the k most likely tokens; undefined keeps all. */
  readonly topK?: number;
  /** Keep the smallest set of tokens reaching this total, in (0, 1]; undefined keeps all. */
  readonly topP?: number;
}

/** The distribution a draw would use after `context`, in vocabulary order (cut tokens are 0). */
export function nextTokenProbabilities(model: NgramModel, context: readonly string[], settings: SamplingSettings): number[] {
  let probs = softmax(nextTokenLogits(model, context), settings.temperature);
  if (settings.topK !== undefined) probs = topK(probs, settings.topK);
  if (settings.topP !== undefined) probs = topP(probs, settings.topP);
  return probs;
}

export interface SampledToken {
  readonly token: string;
  readonly index: number;
  readonly probabilities: number[];
}

/** Draws one next token and returns it with the distribution it was drawn from. */
export function sampleNextToken(
  model: NgramModel,
  context: readonly string[],
  settings: SamplingSettings,
  rng: () => number,
): SampledToken {
  const probabilities = nextTokenProbabilities(model, context, settings);
  const index = sampleIndex(probabilities, rng);
  return { token: model.vocabulary[index] as string, index, probabilities };
}

/** Continues `prompt` by `count` sampled tokens and returns only the new tokens. */
export function generateTokens(
  model: NgramModel,
  prompt: readonly string[],
  count: number,
  settings: SamplingSettings,
  rng: () => number,
): string[] {
  assertInteger(count, 'count', 0);
  const context = [...prompt];
  const generated: string[] = [];
  for (let i = 0; i < count; i++) {
    const { token } = sampleNextToken(model, context, settings, rng);
    context.push(token);
    generated.push(token);
  }
  return generated;
}
