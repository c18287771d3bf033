// The widget's URL parameters (`?modes.dim=speed&modes.keep=20`).
import { dimensions } from '@/lib/aigc/production-modes';
import type { Schema } from '@/lib/url-state';

export const NAMESPACE = 'modes';
export const productionModesSchema = {
  dim: { kind: 'enum', values: dimensions, default: 'costPerPiece' },
  keep: { kind: 'number', min: 1, max: 100, default: 25 },
} as const satisfies Schema;
