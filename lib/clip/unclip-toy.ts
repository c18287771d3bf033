// A toy unCLIP pipeline (Ramesh et al. 2022) in an 8-number CLIP space: caption → text embedding → prior
// → image embedding → decoder thumbnail → two ×4 upsamplings. Every part is a stand-in, named as such.

import { cosineSimilarity } from '@/lib/math/similarity';
import { createRng, gaussian } from '@/lib/math/random';
import { assertFiniteVector, assertInteger } from '@/lib/math/validate';

/** The named captions a reader can pick, each with its own (toy) image embedding in the world. */
export const UNCLIP_CAPTIONS = ['cat', 'dog', 'bird', 'fruit'] as const;
export type UnclipCaption = (typeof UNCLIP_CAPTIONS)[number];

export const TOY_DIMENSION = 8;
/** Extra caption–image pairs the toy prior is fitted on (the real prior saw the DALL·E data set). */
export const TRAINING_PAIRS = 64;
const WORLD_SEED = 2022;
/** Weight of each part of a toy text embedding: its own image, a direction shared by all texts, noise. */
const TEXT_OWN = 0.6;
const TEXT_SHARED = 0.7;
const TEXT_NOISE = 0.15;
/** Ridge penalty of the least-squares prior: keeps the 8×8 solve well-posed. */
const RIDGE = 1e-3;

export type UnclipWorld = {
  /** Unit image embeddings of the named captions, in UNCLIP_CAPTIONS order. */
  readonly images: readonly (readonly number[])[];
  /** Unit text embeddings of the named captions. */
  readonly texts: readonly (readonly number[])[];
  /** The fitted linear prior: image ≈ weights · text (rows = output coordinates). */
  readonly weights: readonly (readonly number[])[];
  /** RMS per coordinate of the prior's training error; a prior sample adds noise of this size. */
  readonly residual: number;
};

function unit(v: readonly number[]): number[] {
  const n = Math.hypot(...v);
  return n > 1e-12 ? v.map((x) => x / n) : v.map((_, i) => (i === 0 ? 1 : 0));
}

function randomUnit(rng: () => number): number[] {
  return unit(Array.from({ length: TOY_DIMENSION }, () => gaussian(rng)));
}

/**
 * Text embeddings in CLIP sit near, not on, their images' embeddings: texts share a common offset (the
 * "modality gap") and carry wording noise. That is why unCLIP needs a prior at all.
 */
function textFor(image: readonly number[], shared: readonly number[], rng: () => number): number[] {
  return unit(image.map((x, i) => TEXT_OWN * x + TEXT_SHARED * (shared[i] as number) + TEXT_NOISE * gaussian(rng) / Math.sqrt(TOY_DIMENSION)));
}

/** Solves A x = b for a small square A by Gaussian elimination with partial pivoting. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] as number]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r]?.[col] as number) > Math.abs(m[pivot]?.[col] as number)) pivot = r;
    [m[col], m[pivot]] = [m[pivot] as number[], m[col] as number[]];
    const p = m[col] as number[];
    for (let r = col + 1; r < n; r++) {
      const row = m[r] as number[];
      const f = (row[col] as number) / (p[col] as number);
      for (let c = col; c <= n; c++) row[c] = (row[c] as number) - f * (p[c] as number);
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    const row = m[r] as number[];
    let s = row[n] as number;
    for (let c = r + 1; c < n; c++) s -= (row[c] as number) * (x[c] as number);
    x[r] = s / (row[r] as number);
  }
  return x;
}

/** Least squares with a ridge: rows of W minimise Σ‖W t − i‖² + λ‖W‖² over the training pairs. */
function fitLinear(texts: readonly (readonly number[])[], images: readonly (readonly number[])[]): number[][] {
  const d = TOY_DIMENSION;
  const gram = Array.from({ length: d }, (_, r) =>
    Array.from({ length: d }, (_, c) => texts.reduce((s, t) => s + (t[r] as number) * (t[c] as number), 0) + (r === c ? RIDGE : 0)),
  );
  return Array.from({ length: d }, (_, out) => {
    const rhs = Array.from({ length: d }, (_, r) => texts.reduce((s, t, k) => s + (t[r] as number) * (images[k]?.[out] as number), 0));
    return solve(gram.map((row) => [...row]), rhs);
  });
}

function apply(weights: readonly (readonly number[])[], v: readonly number[]): number[] {
  return weights.map((row) => row.reduce((s, w, i) => s + w * (v[i] as number), 0));
}

/** The fixed toy world: the same for every reader, so the numbers in the text match the widget. */
export function createUnclipWorld(): UnclipWorld {
  const rng = createRng(WORLD_SEED);
  const shared = randomUnit(rng);
  const images = UNCLIP_CAPTIONS.map(() => randomUnit(rng));
  const texts = images.map((image) => textFor(image, shared, rng));
  const trainImages = Array.from({ length: TRAINING_PAIRS }, () => randomUnit(rng));
  const trainTexts = trainImages.map((image) => textFor(image, shared, rng));
  const weights = fitLinear(trainTexts, trainImages);
  let squared = 0;
  trainTexts.forEach((t, k) => {
    apply(weights, t).forEach((y, i) => (squared += (y - (trainImages[k]?.[i] as number)) ** 2));
  });
  return { images, texts, weights, residual: Math.sqrt(squared / (TRAINING_PAIRS * TOY_DIMENSION)) };
}

/**
 * One draw of the toy prior: the fitted map plus noise of the training error's size, renormalised to a unit
 * vector. Like unCLIP's diffusion prior it can give different image embeddings for the same caption.
 */
export function priorSample(world: UnclipWorld, text: readonly number[], rng: () => number): number[] {
  assertFiniteVector(text, 'text');
  if (text.length !== TOY_DIMENSION) throw new RangeError(`text must have ${TOY_DIMENSION} numbers, got ${text.length}`);
  return unit(apply(world.weights, text).map((y) => y + world.residual * gaussian(rng)));
}

/** An RGB picture, values in [0, 1], row by row. */
export type Picture = { readonly size: number; readonly rgb: readonly number[] };

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/**
 * The toy decoder: a hand-written map from an embedding to a size×size picture of a soft disc on a
 * background. Coordinates 0–2 set the background colour, 3–5 the disc colour, 6–7 the disc position.
 * The real decoder is a 3.5-billion-parameter diffusion model; this one only makes the stage visible.
 */
export function decodeToy(embedding: readonly number[], size = 16): Picture {
  assertFiniteVector(embedding, 'embedding');
  if (embedding.length !== TOY_DIMENSION) throw new RangeError(`embedding must have ${TOY_DIMENSION} numbers, got ${embedding.length}`);
  assertInteger(size, 'size', 2);
  const e = (i: number) => embedding[i] as number;
  const background = [0, 1, 2].map((i) => sigmoid(3 * e(i)));
  const disc = [3, 4, 5].map((i) => sigmoid(4 * e(i)));
  const cx = 0.5 + 0.35 * Math.tanh(2 * e(6));
  const cy = 0.5 + 0.35 * Math.tanh(2 * e(7));
  const rgb: number[] = [];
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const d = Math.hypot((x + 0.5) / size - cx, (y + 0.5) / size - cy);
      const inside = sigmoid((0.28 - d) * 30);
      for (let c = 0; c < 3; c++) rgb.push(inside * (disc[c] as number) + (1 - inside) * (background[c] as number));
    }
  }
  return { size, rgb };
}

/**
 * A ×factor bilinear enlargement (pixel centres aligned, edges clamped). Real unCLIP upsamplers are
 * diffusion models that invent plausible detail; interpolation only smooths, which is the point of contrast.
 */
export function upsample(picture: Picture, factor: number): Picture {
  assertInteger(factor, 'factor', 1);
  const { size, rgb } = picture;
  if (rgb.length !== size * size * 3) throw new RangeError(`picture must hold ${size * size * 3} numbers, got ${rgb.length}`);
  const out = size * factor;
  if (out > 4096) throw new RangeError(`upsampled size must be at most 4096, got ${out}`);
  const at = (x: number, y: number, c: number) => rgb[(y * size + x) * 3 + c] as number;
  const result: number[] = [];
  for (let y = 0; y < out; y++) {
    const sy = Math.min(size - 1, Math.max(0, (y + 0.5) / factor - 0.5));
    const y0 = Math.floor(sy);
    const y1 = Math.min(size - 1, y0 + 1);
    const fy = sy - y0;
    for (let x = 0; x < out; x++) {
      const sx = Math.min(size - 1, Math.max(0, (x + 0.5) / factor - 0.5));
      const x0 = Math.floor(sx);
      const x1 = Math.min(size - 1, x0 + 1);
      const fx = sx - x0;
      for (let c = 0; c < 3; c++) {
        const top = at(x0, y0, c) * (1 - fx) + at(x1, y0, c) * fx;
        const bottom = at(x0, y1, c) * (1 - fx) + at(x1, y1, c) * fx;
        result.push(top * (1 - fy) + bottom * fy);
      }
    }
  }
  return { size: out, rgb: result };
}

export type UnclipRun = {
  readonly caption: UnclipCaption;
  readonly text: readonly number[];
  /** The caption's own image embedding in the toy world: what a perfect prior would return. */
  readonly target: readonly number[];
  readonly prior: readonly number[];
  /** cos(text, its image): how far a text embedding is from being an image embedding. */
  readonly textToImage: number;
  /** cos(prior sample, the image): how much closer the prior gets. */
  readonly priorToImage: number;
  /** cos(the prior's noise-free prediction, the image): the prior on average, without the draw. */
  readonly priorMeanToImage: number;
  /** 1 if the prior sample is nearer (by cosine) to its own caption's image than to any other named one. */
  readonly rank: number;
  readonly base: Picture;
  readonly mid: Picture;
  readonly high: Picture;
};

/** The whole toy pipeline for one caption; the seed drives only the prior's draw. */
export function runUnclip(world: UnclipWorld, caption: UnclipCaption, seed: number): UnclipRun {
  const k = UNCLIP_CAPTIONS.indexOf(caption);
  if (k < 0) throw new RangeError(`unknown caption "${String(caption)}"; known: ${UNCLIP_CAPTIONS.join(', ')}`);
  const text = world.texts[k] as number[];
  const target = world.images[k] as number[];
  const prior = priorSample(world, text, createRng(seed));
  const own = cosineSimilarity(prior, target);
  const rank = 1 + world.images.filter((image, j) => j !== k && cosineSimilarity(prior, image as number[]) > own).length;
  const base = decodeToy(prior, 16);
  const mid = upsample(base, 4);
  return {
    caption,
    text,
    target,
    prior,
    textToImage: cosineSimilarity(text, target),
    priorToImage: own,
    priorMeanToImage: cosineSimilarity(apply(world.weights, text), target),
    rank,
    base,
    mid,
    high: upsample(mid, 4),
  };
}

/** The real pipeline's image sides: the decoder's 64, then the two upsamplers' 256 and 1024 (unCLIP §2.1). */
export const UNCLIP_SIDES = [64, 256, 1024] as const;

/** How many numbers an RGB image of side × side pixels holds. */
export function rgbValues(side: number): number {
  assertInteger(side, 'side', 1);
  return side * side * 3;
}
