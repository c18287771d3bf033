// The loss explorer's URL parameters (`?loss.d=0.01#loss`, `?loss.mu=0&loss.sigma=1#loss`).
import type { Schema } from '@/lib/url-state';

export const NAMESPACE = 'loss';
export const lossExplorerSchema = {
  /** D's output on a generated sample: where on the curves the slopes are read. The ends are left out because the logarithms are infinite there. */
  d: { kind: 'number', min: 0.01, max: 0.99, default: 0.1 },
  /** Mean of the generator's Gaussian; the data are N(0, 1). */
  mu: { kind: 'number', min: -3, max: 3, default: 2 },
  /** Spread (standard deviation) of the generator's Gaussian. */
  sigma: { kind: 'number', min: 0.25, max: 3, default: 0.5 },
} as const satisfies Schema;

export const STEPS = { d: 0.01, mu: 0.1, sigma: 0.05 } as const;

/** D values shown in the static fallback's table. */
export const FALLBACK_D = [0.01, 0.1, 0.5, 0.9, 0.99] as const;
/** Generator settings shown in the static fallback: the default, halfway, and matched. */
export const FALLBACK_GENERATORS = [
  { mu: 2, sigma: 0.5 },
  { mu: 1, sigma: 1 },
  { mu: 0, sigma: 1 },
] as const;
