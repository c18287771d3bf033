// Skip-gram word vectors with negative sampling (Mikolov et al. 2013), trainable in small chunks by a UI.

import { createRng, uniform } from '@/lib/math/random';
import { assertInteger, assertNonEmpty, assertPositive } from '@/lib/math/validate';

export interface Word2VecSettings {
  /** Length of each word vector. */
  readonly dimension: number;
  /** Largest distance between a centre word and a context word; each centre draws its own window in 1..window. */
  readonly window: number;
  /** Noise words per (centre, context) pair, drawn with probability ∝ count^0.75. */
  readonly negatives: number;
  /** Passes over the corpus. */
  readonly epochs: number;
  /** Starting step size in (0, 1]; it falls linearly to 0.01% of this by the end. */
  readonly learningRate: number;
  /** Words seen fewer times are left out of the vocabulary and the training text. */
  readonly minCount: number;
  /**
   * Frequent-word subsampling threshold t: a word with corpus frequency f is dropped with probability
   * 1 − √(t/f) in each epoch; 0 turns it off. Far higher than the paper's 1e-5 because the corpus is tiny.
   */
  readonly subsample: number;
  readonly seed: number;
}

export const DEFAULT_WORD2VEC_SETTINGS: Word2VecSettings = Object.freeze({
  dimension: 16,
  window: 3,
  negatives: 5,
  epochs: 15,
  learningRate: 0.05,
  minCount: 2,
  subsample: 1e-2,
  seed: 1,
});

/**
 * Training state. trainChunk advances it in place (the vectors are large typed arrays, and copying them
 * every chunk would cost more than the training), so a UI keeps one state and calls trainChunk per frame.
 */
export interface Word2VecState {
  readonly settings: Word2VecSettings;
  /** Words by descending count (ties in order of first appearance). */
  readonly vocabulary: readonly string[];
  readonly index: ReadonlyMap<string, number>;
  readonly counts: readonly number[];
  /** The word vectors: row i (dimension entries) belongs to vocabulary[i]. */
  readonly input: Float64Array;
  /** The context ("output") vectors that the negative-sampling objective pairs with the word vectors. */
  readonly output: Float64Array;
  readonly totalSteps: number;
  /** Steps done so far; one step is one position of the corpus in one epoch. */
  step: number;
  /** The training text as vocabulary ids, with the sentence each position belongs to (windows stay inside). */
  readonly corpus: Int32Array;
  readonly sentence: Int32Array;
  /** Which positions survive subsampling in the current epoch. */
  readonly keep: Uint8Array;
  /** Cumulative noise distribution (∝ count^0.75) for drawing negatives. */
  readonly noiseCdf: Float64Array;
  /** The state's own generator, so training continues the same random stream across chunks. */
  readonly rng: () => number;
}

export interface TrainProgress {
  readonly step: number;
  readonly totalSteps: number;
  /** step / totalSteps, in [0, 1]. */
  readonly progress: number;
  /** Mean negative-sampling loss per (centre, context) pair in this chunk; null when the chunk had no pair. */
  readonly meanLoss: number | null;
  readonly done: boolean;
}

function validate(s: Word2VecSettings): void {
  assertInteger(s.dimension, 'dimension', 1);
  assertInteger(s.window, 'window', 1);
  assertInteger(s.negatives, 'negatives', 0);
  assertInteger(s.epochs, 'epochs', 1);
  assertPositive(s.learningRate, 'learningRate');
  if (s.learningRate > 1) throw new RangeError(`learningRate must be at most 1, got ${s.learningRate}`);
  assertInteger(s.minCount, 'minCount', 1);
  if (!(s.subsample >= 0 && s.subsample < 1)) throw new RangeError(`subsample must be in [0, 1), got ${String(s.subsample)}`);
}

/** Builds the vocabulary and random starting vectors for sentences of word tokens (see toSentences). */
export function createWord2Vec(
  sentences: readonly (readonly string[])[],
  overrides: Partial<Word2VecSettings> = {},
): Word2VecState {
  const settings: Word2VecSettings = { ...DEFAULT_WORD2VEC_SETTINGS, ...overrides };
  validate(settings);
  const tally = new Map<string, number>();
  for (const sentence of sentences) for (const word of sentence) tally.set(word, (tally.get(word) ?? 0) + 1);
  const vocabulary = [...tally.entries()]
    .filter(([, n]) => n >= settings.minCount)
    .sort((a, b) => b[1] - a[1])
    .map(([word]) => word);
  assertNonEmpty(vocabulary, `the vocabulary (words seen at least ${settings.minCount} times)`);
  const index = new Map(vocabulary.map((word, i) => [word, i]));
  const counts = vocabulary.map((word) => tally.get(word) as number);
  const ids: number[] = [];
  const sentenceIds: number[] = [];
  sentences.forEach((sentence, s) => {
    for (const word of sentence) {
      const id = index.get(word);
      if (id !== undefined) {
        ids.push(id);
        sentenceIds.push(s);
      }
    }
  });
  const noise = counts.map((n) => n ** 0.75);
  const noiseTotal = noise.reduce((a, b) => a + b, 0);
  const noiseCdf = new Float64Array(noise.length);
  let cumulative = 0;
  noise.forEach((w, i) => {
    cumulative += w / noiseTotal;
    noiseCdf[i] = cumulative;
  });
  const rng = createRng(settings.seed);
  const d = settings.dimension;
  const input = Float64Array.from({ length: vocabulary.length * d }, () => (uniform(rng) - 0.5) / d);
  return {
    settings,
    vocabulary,
    index,
    counts,
    input,
    output: new Float64Array(vocabulary.length * d),
    totalSteps: settings.epochs * ids.length,
    step: 0,
    corpus: Int32Array.from(ids),
    sentence: Int32Array.from(sentenceIds),
    keep: new Uint8Array(ids.length),
    noiseCdf,
    rng,
  };
}

function drawNoise(cdf: Float64Array, u: number): number {
  let lo = 0;
  let hi = cdf.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((cdf[mid] as number) > u) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Decides afresh each epoch which tokens frequent-word subsampling drops. */
function resample(state: Word2VecState): void {
  const t = state.settings.subsample;
  const total = state.corpus.length;
  state.corpus.forEach((id, i) => {
    const f = (state.counts[id] as number) / total;
    const keepProbability = t === 0 ? 1 : Math.min(1, Math.sqrt(t / f));
    state.keep[i] = uniform(state.rng) < keepProbability ? 1 : 0;
  });
}

/** One SGD update for a (centre, context) pair plus its noise words; returns the pair's loss. */
function updatePair(state: Word2VecState, centre: number, context: number, rate: number, grad: Float64Array): number {
  const d = state.settings.dimension;
  const negatives = state.settings.negatives;
  const { input, output, noiseCdf, rng } = state;
  const ci = centre * d;
  grad.fill(0);
  let loss = 0;
  for (let n = 0; n <= negatives; n++) {
    const target = n === 0 ? context : drawNoise(noiseCdf, uniform(rng));
    if (n > 0 && target === context) continue;
    const label = n === 0 ? 1 : 0;
    const oi = target * d;
    let score = 0;
    for (let j = 0; j < d; j++) score += (input[ci + j] as number) * (output[oi + j] as number);
    // One exp of −|score| gives both σ(score) and log σ(±score) without overflow for any score.
    const e = Math.exp(-Math.abs(score));
    const sigma = score >= 0 ? 1 / (1 + e) : e / (1 + e);
    loss += Math.log1p(e) - Math.min(0, label === 1 ? score : -score);
    const g = rate * (label - sigma);
    for (let j = 0; j < d; j++) {
      grad[j] = (grad[j] as number) + g * (output[oi + j] as number);
      output[oi + j] = (output[oi + j] as number) + g * (input[ci + j] as number);
    }
  }
  for (let j = 0; j < d; j++) input[ci + j] = (input[ci + j] as number) + (grad[j] as number);
  return loss;
}

/**
 * Runs up to nSteps more steps (fewer at the end) and reports progress. Stopping between chunks is always
 * safe, and the result does not depend on how the steps are split into chunks.
 */
export function trainChunk(state: Word2VecState, nSteps: number): TrainProgress {
  assertInteger(nSteps, 'nSteps', 0);
  const length = state.corpus.length;
  const { window, learningRate } = state.settings;
  const grad = new Float64Array(state.settings.dimension);
  const end = Math.min(state.totalSteps, state.step + nSteps);
  let lossSum = 0;
  let pairs = 0;
  for (; state.step < end; state.step++) {
    const position = state.step % length;
    if (position === 0) resample(state);
    if (!state.keep[position]) continue;
    const rate = learningRate * Math.max(1e-4, 1 - state.step / state.totalSteps);
    const reach = 1 + Math.floor(uniform(state.rng) * window);
    const centre = state.corpus[position] as number;
    const sentence = state.sentence[position];
    for (let direction = -1; direction <= 1; direction += 2) {
      let taken = 0;
      for (let j = position + direction; j >= 0 && j < length && taken < reach && state.sentence[j] === sentence; j += direction) {
        if (!state.keep[j]) continue;
        taken++;
        lossSum += updatePair(state, centre, state.corpus[j] as number, rate, grad);
        pairs++;
      }
    }
  }
  return {
    step: state.step,
    totalSteps: state.totalSteps,
    progress: state.totalSteps > 0 ? state.step / state.totalSteps : 1,
    meanLoss: pairs > 0 ? lossSum / pairs : null,
    done: state.step >= state.totalSteps,
  };
}
