// A toy CLIP batch: seeded image embeddings and captions whose agreement with their images is a dial.

import { isPermutation } from '@/lib/math/permutation';
import { gaussian } from '@/lib/math/random';
import { assertInteger, assertProbability } from '@/lib/math/validate';

export interface ToyBatchOptions {
  /** Number of image–caption pairs, a whole number ≥ 1 (the widget uses 4–8). */
  readonly size: number;
  /** Embedding length, a whole number ≥ 2; default 8. */
  readonly dimension?: number;
  /** The cosine between each caption and its own image, in [0, 1]: 1 = the same direction, 0 = orthogonal. */
  readonly alignment: number;
  /** captions[i] is the caption written for image permutation[i]; default the identity (matched pairs). */
  readonly permutation?: readonly number[];
}

export interface ToyBatch {
  /** Unit vectors, one per image. */
  readonly images: number[][];
  /** Unit vectors, one per caption, in the shuffled order. */
  readonly captions: number[][];
  readonly permutation: number[];
}

/** Retries for a degenerate draw (a zero vector) before a deterministic fallback; a sane rng never needs them. */
const ATTEMPTS = 20;

function unitGaussian(d: number, rng: () => number): number[] {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const v = Array.from({ length: d }, () => gaussian(rng));
    const n = Math.hypot(...v);
    if (n > 1e-12) return v.map((x) => x / n);
  }
  return Array.from({ length: d }, (_, i) => (i === 0 ? 1 : 0));
}

function withoutComponent(v: readonly number[], u: readonly number[]): number[] | null {
  const along = v.reduce((sum, x, i) => sum + x * (u[i] as number), 0);
  const w = v.map((x, i) => x - along * (u[i] as number));
  const n = Math.hypot(...w);
  return n > 1e-6 ? w.map((x) => x / n) : null;
}

/**
 * A random unit vector orthogonal to the unit vector u. The fallback uses the axis along which u is
 * smallest; in two or more dimensions that axis is never parallel to u.
 */
function orthogonalUnit(u: readonly number[], rng: () => number): number[] {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const w = withoutComponent(unitGaussian(u.length, rng), u);
    if (w) return w;
  }
  const axis = u.reduce((best, x, i) => (Math.abs(x) < Math.abs(u[best] as number) ? i : best), 0);
  return withoutComponent(u.map((_, i) => (i === axis ? 1 : 0)), u) as number[];
}

/**
 * Images are random unit directions; caption i is alignment·image_i + √(1 − alignment²)·(a random direction
 * orthogonal to image_i), so cos(caption_i, image_i) = alignment exactly. The same rng state gives the same
 * batch; changing only the permutation reorders the same captions.
 */
export function createToyBatch(options: ToyBatchOptions, rng: () => number): ToyBatch {
  const { size, alignment } = options;
  const dimension = options.dimension ?? 8;
  assertInteger(size, 'size', 1);
  assertInteger(dimension, 'dimension', 2);
  assertProbability(alignment, 'alignment');
  const permutation = options.permutation ? [...options.permutation] : Array.from({ length: size }, (_, i) => i);
  if (!isPermutation(permutation, size)) throw new RangeError(`permutation must hold each of 0..${size - 1} exactly once`);
  const images = Array.from({ length: size }, () => unitGaussian(dimension, rng));
  const rest = Math.sqrt(1 - alignment * alignment);
  const written = images.map((image) => {
    const other = orthogonalUnit(image, rng);
    return image.map((x, i) => alignment * x + rest * (other[i] as number));
  });
  return { images, captions: permutation.map((p) => written[p] as number[]), permutation };
}
