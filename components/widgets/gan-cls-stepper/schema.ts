// The GAN-INT-CLS stepper's URL parameters (`?cls.step=3&cls.right=red-bird#text-conditioned-gan`).
import { CLS_CAPTIONS } from '@/lib/gan/text-conditioned';
import type { Schema } from '@/lib/url-state';

export const NAMESPACE = 'cls';
export const STEPS = ['embed', 'compress', 'generate', 'discriminate', 'losses', 'interpolate'] as const;
export type Step = (typeof STEPS)[number];

export const clsSchema = {
  step: { kind: 'number', min: 0, max: STEPS.length - 1, default: 0, integer: true },
  right: { kind: 'enum', values: CLS_CAPTIONS, default: 'red-bird' },
  wrong: { kind: 'enum', values: CLS_CAPTIONS, default: 'pink-flower' },
  /** GAN-INT's β: 1 is all the right caption, 0 all the other one. */
  beta: { kind: 'number', min: 0, max: 1, default: 0.5 },
  /** Whether G was trained with GAN-INT's interpolated texts. */
  int: { kind: 'boolean', default: false },
  seed: { kind: 'number', min: 0, max: 999_999, default: 1, integer: true },
} as const satisfies Schema;
