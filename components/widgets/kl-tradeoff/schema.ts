// The reward–KL widget's URL parameters: `?kl.beta=0.3&kl.rm=honest`.
import type { Schema } from '@/lib/url-state';

export const NAMESPACE = 'kl';
export const rewardModels = ['flawed', 'honest'] as const;
export type RewardModelKind = (typeof rewardModels)[number];

export const klTradeoffSchema = {
  /** The KL coefficient β of E[r] − β·KL(π‖π_SFT). */
  beta: { kind: 'number', min: 0.01, max: 100, default: 1 },
  /** Which reward model scores the answers: one that overrates the long wrong answer, or one that matches the true quality. */
  rm: { kind: 'enum', values: rewardModels, default: 'flawed' },
} as const satisfies Schema;

/** The slider moves log10(β) in these steps. */
export const LOG_STEP = 0.05;
export const CURVE_POINTS = 81;
/** β values the static fallback tabulates. */
export const FALLBACK_BETAS = [100, 3, 1, 0.3, 0.01] as const;
