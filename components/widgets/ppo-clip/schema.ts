// The PPO clip widget's URL parameters: `?ppo.eps=0.2&ppo.r=1.3&ppo.a=1`.
import type { Schema } from '@/lib/url-state';

export const NAMESPACE = 'ppo';
export const ppoClipSchema = {
  /** The clip range ε; the PPO paper tried 0.1, 0.2 and 0.3 and used 0.2. */
  eps: { kind: 'number', min: 0.1, max: 0.3, default: 0.2 },
  /** The probability ratio π_θ(a|s) / π_old(a|s) of the marked point. */
  r: { kind: 'number', min: 0, max: 2, default: 1.3 },
  /** The advantage estimate Â of the marked point. */
  a: { kind: 'number', min: -5, max: 5, default: 1 },
} as const satisfies Schema;

/** The charts' ratio axis. */
export const RATIO_FROM = 0;
export const RATIO_TO = 2;
export const CURVE_POINTS = 101;
/** Ratios the static fallback tabulates. */
export const FALLBACK_RATIOS = [0.5, 0.8, 1, 1.2, 1.5] as const;
