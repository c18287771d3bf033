// Mapping filter outputs (which can be negative or above 1) to [0, 1] grey levels for drawing.

import { assertFiniteMatrix } from '@/lib/math/validate';
import type { GreyImage } from './convolution';

/**
 * 'clamp' cuts values to [0, 1] (for blurs and sharpening); 'stretch' maps the minimum to 0 and the
 * maximum to 1 (a flat image becomes all 0); 'magnitude' shows |value| / max |value| (for edge filters,
 * where the sign only says which way the edge goes; all zeros stay 0).
 */
export type DisplayMode = 'clamp' | 'stretch' | 'magnitude';

export function toUnitRange(image: GreyImage, mode: DisplayMode): number[][] {
  assertFiniteMatrix(image, 'image');
  const values = image.flat();
  const lowest = values.reduce((m, v) => Math.min(m, v), Infinity);
  const highest = values.reduce((m, v) => Math.max(m, v), -Infinity);
  if (mode === 'clamp') return image.map((row) => row.map((v) => Math.min(1, Math.max(0, v))));
  if (mode === 'stretch') {
    // Halving first keeps a span wider than the double range (−1e308 to 1e308) finite.
    const half = !Number.isFinite(highest - lowest);
    const lo = half ? lowest / 2 : lowest;
    const span = half ? highest / 2 - lo : highest - lowest;
    return image.map((row) => row.map((v) => (span > 0 ? Math.min(1, Math.max(0, ((half ? v / 2 : v) - lo) / span)) : 0)));
  }
  if (mode === 'magnitude') {
    const top = Math.max(-lowest, highest);
    return image.map((row) => row.map((v) => (top > 0 ? Math.abs(v) / top : 0)));
  }
  throw new RangeError(`mode must be 'clamp', 'stretch' or 'magnitude', got ${String(mode)}`);
}
