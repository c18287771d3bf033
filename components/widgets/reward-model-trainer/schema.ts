// The reward-model widget's URL parameters: `?rm.k=9&rm.order=AFDIBEHCG&rm.steps=200&rm.lr=0.5`.
import { candidateAnswers } from '@/content/data/chatgpt/reward-answers';
import { parseRanking } from '@/lib/rlhf/ranking';
import type { Schema } from '@/lib/url-state';

export const NAMESPACE = 'rm';
export const MIN_K = 4;
export const MAX_K = Math.min(9, candidateAnswers.length);

export const rewardModelSchema = {
  /** How many answers, A … the K-th letter (InstructGPT's labellers ranked 4 to 9). */
  k: { kind: 'number', min: MIN_K, max: MAX_K, default: 4, integer: true },
  steps: { kind: 'number', min: 0, max: 2000, default: 200, integer: true },
  lr: { kind: 'number', min: 0.01, max: 5, default: 0.5 },
} as const satisfies Schema;

/** The ranking as letters, best first; its length sets K. */
export const ORDER_PARAM = `${NAMESPACE}.order`;
export const STEP_SLIDER = 10;

/** A valid order ranks each of the first K letters once, with K from MIN_K to MAX_K. */
export function parseOrder(text: string): number[] | null {
  if (text.length < MIN_K || text.length > MAX_K) return null;
  return parseRanking(text, text.length);
}

/** Rankings a reader can load with one click (and a teacher can link as `rm.order`). */
export const presetOrders = {
  /** Helpful and correct first, rude and wrong last. */
  careful: 'AFDIBEHCG',
  /** A labeller who simply prefers longer answers. */
  length: 'FHCIABDEG',
} as const;
export type PresetOrder = keyof typeof presetOrders;
