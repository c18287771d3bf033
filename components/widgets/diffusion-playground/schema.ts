// The diffusion playground's URL parameters (`?diff.s=2&diff.label=fish#diffusion`).
import { CAPTION_LABELS } from '@/lib/diffusion/caption-world';
import type { Schema } from '@/lib/url-state';

export const NAMESPACE = 'diff';
/** Length of the training-time schedule; DDPM's T. */
export const T = 1000;
export const diffusionSchema = {
  /** The forward step shown in the noising panel. */
  t: { kind: 'number', min: 0, max: T, default: 0, integer: true },
  /** β_1 and β_T of the linear schedule (DDPM: 1e-4 and 0.02). */
  bstart: { kind: 'number', min: 0.00001, max: 0.01, default: 0.0001 },
  bend: { kind: 'number', min: 0.001, max: 0.05, default: 0.02 },
  label: { kind: 'enum', values: CAPTION_LABELS, default: 'fish' },
  /** Guidance scale s: 0 unconditional, 1 conditional, above 1 classifier-free guidance. */
  s: { kind: 'number', min: 0, max: 10, default: 0 },
  steps: { kind: 'number', min: 1, max: T, default: 100, integer: true },
  n: { kind: 'number', min: 100, max: 2000, default: 500, integer: true },
  seed: { kind: 'number', min: 0, max: 999_999, default: 1, integer: true },
} as const satisfies Schema;

/** How many points get a drawn trajectory, and how many snapshots each trajectory keeps at most. */
export const TRAJECTORIES = 8;
export const SNAPSHOTS = 40;
/** The plot shows [−R, R]²: pure noise N(0, I) stays inside ±3.5 for all but a handful of points. */
export const PLOT_RADIUS = 3.5;
