// The CycleGAN toy's URL parameters (`?cycle.lambda=0#cyclegan`).
import type { Schema } from '@/lib/url-state';

export const NAMESPACE = 'cycle';
export const MAX_LAMBDA = 50;

export const cycleSchema = {
  lambda: { kind: 'number', min: 0, max: MAX_LAMBDA, default: 10 },
  seed: { kind: 'number', min: 0, max: 999_999, default: 1, integer: true },
} as const satisfies Schema;

/** The plane both domains are drawn in: X (a circle) on the left, Y (a square outline) on the right. */
export const CYCLE_BOUNDS = Object.freeze({ xMin: -1.5, xMax: 1.5, yMin: -1, yMax: 1 });
