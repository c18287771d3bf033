// A toy GAN-INT-CLS (Reed et al. 2016): a text embedding is compressed and joined with noise z for G, and a
// matching-aware D scores (image, text) pairs. Weights are hand-set stand-ins for networks mid-training.

import { gaussian } from '@/lib/math/random';
import { assertFiniteNumber, assertProbability } from '@/lib/math/validate';

/** Captions in the spirit of the paper's birds and flowers data sets. */
export const CLS_CAPTIONS = ['red-bird', 'yellow-bird', 'pink-flower', 'white-flower'] as const;
export type ClsCaption = (typeof CLS_CAPTIONS)[number];

/** Toy text-encoder outputs φ(t), 4 numbers each (the paper's char-CNN-RNN gives 1,024). */
const EMBEDDINGS: Record<ClsCaption, readonly number[]> = {
  'red-bird': [0.9, 0.7, -0.2, 0.1],
  'yellow-bird': [-0.3, 0.8, 0.4, 0.2],
  'pink-flower': [0.8, -0.6, 0.1, 0.5],
  'white-flower': [-0.5, -0.7, 0.3, 0.6],
};

/** The compression layer (4 → 2) shared in spirit by G and D: the paper's fully connected layer + leaky ReLU. */
const COMPRESS: readonly (readonly number[])[] = [
  [1.0, 0.1, -0.6, 0.2],
  [0.2, 1.2, 0.3, -0.3],
];
const LEAK = 0.2;
/** G's systematic error mid-training, and how much z moves its output. */
const G_SHIFT: readonly [number, number] = [0.3, -0.2];
const G_NOISE = 0.3;
/**
 * How far G drifts per unit of distance between h and the nearest caption it was trained on, when it
 * never saw interpolated text; with GAN-INT's extra term it learns to fill those gaps (drift 0).
 */
const GAP_DRIFT: readonly [number, number] = [0.3, -1.0];
/** Spread of real images around their caption's centre. */
const REAL_NOISE = 0.12;
/** D(x, h) = σ(D_BIAS − D_SHARPNESS·‖x − c(h)‖²): high when x looks like what the text describes. */
const D_BIAS = 2.5;
const D_SHARPNESS = 5;

export type Vec2 = readonly [number, number];

export function textEmbedding(caption: ClsCaption): readonly number[] {
  const e = EMBEDDINGS[caption];
  if (!e) throw new RangeError(`unknown caption "${String(caption)}"; known: ${CLS_CAPTIONS.join(', ')}`);
  return e;
}

const leaky = (x: number) => (x >= 0 ? x : LEAK * x);

/** c = leakyReLU(W·φ): the compressed text code (4 numbers → 2). */
export function compress(h: readonly number[]): Vec2 {
  if (h.length !== 4) throw new RangeError(`a text embedding has 4 numbers, got ${h.length}`);
  h.forEach((x, i) => assertFiniteNumber(x, `h[${i}]`));
  const row = (r: readonly number[]) => leaky(r.reduce((s, w, i) => s + w * (h[i] as number), 0));
  return [row(COMPRESS[0] as number[]), row(COMPRESS[1] as number[])];
}

/** Distance from h to the nearest caption embedding in the data: 0 on a caption, larger between them. */
export function gapFromData(h: readonly number[]): number {
  return Math.min(...CLS_CAPTIONS.map((c) => Math.hypot(...EMBEDDINGS[c].map((x, i) => x - (h[i] as number)))));
}

/**
 * The generator on [z; c]: x̂ = c + shift + 0.3·z, a 2-number toy "image" (the paper's is 64×64×3).
 * Without GAN-INT (withInt = false) it also drifts off by GAP_DRIFT·gapFromData(h) on text between captions.
 */
export function generate(z: Vec2, h: readonly number[], withInt = true): Vec2 {
  assertFiniteNumber(z[0], 'z[0]');
  assertFiniteNumber(z[1], 'z[1]');
  const c = compress(h);
  const gap = withInt ? 0 : gapFromData(h);
  return [c[0] + G_SHIFT[0] + G_NOISE * z[0] + GAP_DRIFT[0] * gap, c[1] + G_SHIFT[1] + G_NOISE * z[1] + GAP_DRIFT[1] * gap];
}

/** A real image of the caption: its centre c(φ(t)) plus a little seeded variation. */
export function realImage(caption: ClsCaption, rng: () => number): Vec2 {
  const c = compress(textEmbedding(caption));
  return [c[0] + REAL_NOISE * gaussian(rng), c[1] + REAL_NOISE * gaussian(rng)];
}

/** The matching-aware discriminator's probability that (x, h) is a real image with matching text. */
export function discriminate(x: Vec2, h: readonly number[]): number {
  assertFiniteNumber(x[0], 'x[0]');
  assertFiniteNumber(x[1], 'x[1]');
  const c = compress(h);
  const d2 = Math.min(1e6, (x[0] - c[0]) ** 2 + (x[1] - c[1]) ** 2);
  return 1 / (1 + Math.exp(-(D_BIAS - D_SHARPNESS * d2)));
}

/** Probabilities are kept this far from 0 and 1 so every logarithm is finite. */
const EPS = 1e-12;
const clampP = (p: number) => Math.min(1 - EPS, Math.max(EPS, p));

export type ClsTerms = {
  /** log s_r, ½·log(1 − s_w), ½·log(1 − s_f): the three parts of L_D, which D maximises. */
  readonly realRight: number;
  readonly realWrong: number;
  readonly fakeRight: number;
  readonly lossD: number;
  /** L_G = log s_f, which G maximises. */
  readonly lossG: number;
  /** ∂L_D/∂s for each score: positive means D's update pushes that score up. */
  readonly pushRealRight: number;
  readonly pushRealWrong: number;
  readonly pushFakeRight: number;
  /** ∂L_G/∂s_f: G pushes s_f up. */
  readonly pushG: number;
};

/** GAN-CLS (Alg. 1): L_D = log s_r + ½(log(1 − s_w) + log(1 − s_f)), L_G = log s_f. Scores in [0, 1]. */
export function clsTerms(sr: number, sw: number, sf: number): ClsTerms {
  assertProbability(sr, 'sr');
  assertProbability(sw, 'sw');
  assertProbability(sf, 'sf');
  const [r, w, f] = [clampP(sr), clampP(sw), clampP(sf)];
  const realRight = Math.log(r);
  const realWrong = 0.5 * Math.log1p(-w);
  const fakeRight = 0.5 * Math.log1p(-f);
  return {
    realRight,
    realWrong,
    fakeRight,
    lossD: realRight + realWrong + fakeRight,
    lossG: Math.log(f),
    pushRealRight: 1 / r,
    pushRealWrong: -0.5 / (1 - w),
    pushFakeRight: -0.5 / (1 - f),
    pushG: 1 / f,
  };
}

/** GAN-INT: h = β·φ(t₁) + (1 − β)·φ(t₂), a text embedding no caption in the data has. */
export function interpolate(h1: readonly number[], h2: readonly number[], beta: number): number[] {
  assertProbability(beta, 'beta');
  if (h1.length !== h2.length) throw new RangeError(`embeddings differ in length: ${h1.length} and ${h2.length}`);
  return h1.map((x, i) => beta * x + (1 - beta) * (h2[i] as number));
}

export type ClsRound = {
  readonly right: readonly number[];
  readonly wrong: readonly number[];
  readonly code: Vec2;
  readonly z: Vec2;
  readonly real: Vec2;
  readonly fake: Vec2;
  readonly sr: number;
  readonly sw: number;
  readonly sf: number;
  readonly terms: ClsTerms;
  /**
   * The interpolated text, its distance from the nearest real caption, the image G draws for it, D's score,
   * and GAN-INT's extra term log(1 − s), which G minimises.
   */
  readonly int: { readonly h: readonly number[]; readonly gap: number; readonly fake: Vec2; readonly score: number; readonly term: number };
};

/**
 * One GAN-INT-CLS round for a caption, a mismatched caption and β; withInt says whether G was trained with
 * GAN-INT's interpolated texts. The rng draws the real image's variation (two normals) and then z (two
 * normals), so a seed replays the round.
 */
export function clsRound(right: ClsCaption, wrong: ClsCaption, beta: number, withInt: boolean, rng: () => number): ClsRound {
  if (right === wrong) throw new RangeError('the wrong caption must differ from the right one');
  const h = textEmbedding(right);
  const hWrong = textEmbedding(wrong);
  const real = realImage(right, rng);
  const z: Vec2 = [gaussian(rng), gaussian(rng)];
  const fake = generate(z, h);
  const sr = discriminate(real, h);
  const sw = discriminate(real, hWrong);
  const sf = discriminate(fake, h);
  const hInt = interpolate(h, hWrong, beta);
  const fakeInt = generate(z, hInt, withInt);
  const score = discriminate(fakeInt, hInt);
  return {
    right: h,
    wrong: hWrong,
    code: compress(h),
    z,
    real,
    fake,
    sr,
    sw,
    sf,
    terms: clsTerms(sr, sw, sf),
    int: { h: hInt, gap: gapFromData(hInt), fake: fakeInt, score, term: Math.log1p(-clampP(score)) },
  };
}
