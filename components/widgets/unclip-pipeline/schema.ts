// The unCLIP stepper's URL parameters (`?unclip.stage=2&unclip.caption=bird#dalle2`).
import { UNCLIP_CAPTIONS } from '@/lib/clip/unclip-toy';
import type { Schema } from '@/lib/url-state';

export const NAMESPACE = 'unclip';
export const STAGES = ['caption', 'text-encoder', 'prior', 'decoder', 'upsampler-256', 'upsampler-1024'] as const;
export type Stage = (typeof STAGES)[number];

export const unclipSchema = {
  /** 0 caption, 1 CLIP text encoder, 2 prior, 3 decoder (64×64), 4 upsampler to 256, 5 upsampler to 1024. */
  stage: { kind: 'number', min: 0, max: STAGES.length - 1, default: 0, integer: true },
  caption: { kind: 'enum', values: UNCLIP_CAPTIONS, default: 'cat' },
  /** Seed of the prior's draw; "another draw" adds one. */
  seed: { kind: 'number', min: 0, max: 999_999, default: 1, integer: true },
} as const satisfies Schema;
