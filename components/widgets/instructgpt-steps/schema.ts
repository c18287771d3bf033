// The three-steps widget's URL parameters (`?steps.step=rm&steps.k=9#instructgpt-steps`).
import { paper, stepIds } from '@/content/data/chatgpt/instructgpt-steps';
import type { Schema } from '@/lib/url-state';

export const NAMESPACE = 'steps';
export const SECTION = 'instructgpt-steps';
export const stepsSchema = {
  /** The step shown. */
  step: { kind: 'enum', values: stepIds, default: 'sft' },
  /** Answers ranked for one prompt, as in the paper (4 to 9). */
  k: { kind: 'number', min: paper.kMin, max: paper.kMax, default: paper.kMin, integer: true },
} as const satisfies Schema;
