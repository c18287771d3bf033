// The convolution widget's URL parameters (`?conv.k=sobel-x&conv.x=3&conv.y=9`), plus two text parameters:
// the typed kernel (`conv.w`, nine weights) and the reader's drawing (`conv.px`, 64 hex digits).
import { KERNEL_NAMES } from '@/lib/vision/kernels';
import type { Schema } from '@/lib/url-state';

export const NAMESPACE = 'conv';
export const SIZE = 16;
export const KERNEL_CHOICES: readonly string[] = [...KERNEL_NAMES, 'custom'];
export const MODES = ['auto', 'clamp', 'stretch', 'magnitude'] as const;

export const convolutionSchema = {
  k: { kind: 'enum', values: KERNEL_CHOICES, default: 'sobel-x' },
  mode: { kind: 'enum', values: MODES, default: 'auto' },
  pad: { kind: 'enum', values: ['zero', 'edge'], default: 'zero' },
  /** The selected pixel: (3, 9) lies on the house's left wall edge. */
  x: { kind: 'number', min: 0, max: SIZE - 1, default: 3, integer: true },
  y: { kind: 'number', min: 0, max: SIZE - 1, default: 9, integer: true },
  img: { kind: 'enum', values: ['house', 'drawn'], default: 'house' },
} as const satisfies Schema;

export const WEIGHTS_PARAM = `${NAMESPACE}.w`;
export const PIXELS_PARAM = `${NAMESPACE}.px`;
