// What the next-token widget draws: the most likely tokens after temperature, which of them survive the
// top-k / top-p cut, and how much probability the survivors held before renormalising.

import { softmax } from '@/lib/math/softmax';
import { assertInteger } from '@/lib/math/validate';
import { nextTokenProbabilities, type SamplingSettings } from './generate';
import { backoffContext, nextTokenLogits, type NgramModel } from './ngram';
import { rankByProbability } from './sampling';

export interface TokenBar {
  readonly token: string;
  readonly index: number;
  /** Probability after temperature, before any cut. */
  readonly tempered: number;
  /** Probability a draw actually uses: renormalised over the survivors, 0 for a cut token. */
  readonly final: number;
  readonly kept: boolean;
}

export interface NextTokenView {
  /** The `top` most likely tokens after temperature, most likely first (ties by vocabulary order). */
  readonly bars: TokenBar[];
  /** Tokens that survive the cut, out of the whole vocabulary. */
  readonly keptCount: number;
  readonly vocabularySize: number;
  /** Share of the tempered probability that the survivors held (1 when nothing is cut). */
  readonly keptMass: number;
  /** The part of the context the model really conditions on (n-gram backoff). */
  readonly usedContext: string[];
}

export function nextTokenView(model: NgramModel, context: readonly string[], settings: SamplingSettings, top = 12): NextTokenView {
  assertInteger(top, 'top', 1);
  const tempered = softmax(nextTokenLogits(model, context), settings.temperature);
  const final = nextTokenProbabilities(model, context, settings);
  let keptCount = 0;
  let keptMass = 0;
  final.forEach((q, i) => {
    if (q > 0) {
      keptCount++;
      keptMass += tempered[i] as number;
    }
  });
  const bars = rankByProbability(tempered)
    .slice(0, top)
    .map((index) => ({
      token: model.vocabulary[index] as string,
      index,
      tempered: tempered[index] as number,
      final: final[index] as number,
      kept: (final[index] as number) > 0,
    }));
  return { bars, keptCount, vocabularySize: model.vocabulary.length, keptMass: Math.min(1, keptMass), usedContext: backoffContext(model, context) };
}

/** The widget's settings as the sampler wants them: top-k 0 and top-p 1 mean "no cut". */
export function samplingSettings(temperature: number, k: number, p: number): SamplingSettings {
  return { temperature, topK: k >= 1 ? k : undefined, topP: p < 1 ? p : undefined };
}
