// A linear reward model over visible answer features, trained on a ranking with the pairwise loss (InstructGPT Eq. 1).

import { assertFiniteMatrix, assertFiniteVector, assertInteger, assertPositive } from '@/lib/math/validate';
import { saturate } from '@/lib/math/saturate';
import { pairwiseLoss, preferenceProbability, rankingToPairs } from './reward';

/**
 * r(answer) = Σ_j w_j · feature_j, weights in the features' own units. There is no bias: the pairwise loss
 * only sees score differences, so a bias would never move.
 */
export type RewardModelState = { readonly weights: readonly number[] };

export type RewardModelTraining = {
  readonly state: RewardModelState;
  /** Mean pairwise loss before the first step and after each step: steps + 1 entries, starting at ln 2 from zeros. */
  readonly lossHistory: number[];
  /** The trained model's score for every answer, ranked or not. */
  readonly scores: number[];
};

/** Steps work on features divided by their column's largest |value|; this caps each such weight so a huge learning rate cannot overflow. */
const SCALED_WEIGHT_LIMIT = 1e3;

/** One call is one slice of live training; a UI that wants more calls again with the returned state. */
const MAX_STEPS = 100_000;

/** All weights start at 0, so every answer scores 0 and training is deterministic with no random draws. */
export function createRewardModel(nFeatures: number): RewardModelState {
  assertInteger(nFeatures, 'nFeatures', 1);
  return { weights: new Array<number>(nFeatures).fill(0) };
}

function checkAnswers(state: RewardModelState, answers: readonly (readonly number[])[]): void {
  assertFiniteVector(state.weights, 'state.weights');
  const width = assertFiniteMatrix(answers, 'answers');
  if (width !== state.weights.length) {
    throw new RangeError(`each answer needs ${state.weights.length} features (one per weight), got ${width}`);
  }
}

/**
 * The model's score for each answer (a row of features). Each product is saturated before summing, so a sum
 * can only overflow one way (to ±Infinity, then saturated), never into Infinity − Infinity = NaN.
 */
export function scoreAnswers(state: RewardModelState, answers: readonly (readonly number[])[]): number[] {
  checkAnswers(state, answers);
  return answers.map((features) =>
    saturate(features.reduce((sum, f, j) => sum + saturate(f * (state.weights[j] as number)), 0)),
  );
}

function checkRanking(ranking: readonly number[], nAnswers: number): void {
  if (ranking.length < 2) throw new RangeError(`ranking must order at least 2 answers, got ${ranking.length}`);
  ranking.forEach((index, i) => {
    if (!Number.isInteger(index) || index < 0 || index >= nAnswers) {
      throw new RangeError(`ranking[${i}] must be an answer index in [0, ${nAnswers - 1}], got ${String(index)}`);
    }
  });
}

function dot(a: readonly number[], b: readonly number[]): number {
  return a.reduce((sum, x, j) => sum + x * (b[j] as number), 0);
}

/**
 * Full-batch gradient descent on the mean of −log σ(r_winner − r_loser) over all C(K, 2) pairs of a
 * best-to-worst ranking (answer indices; answers left out of the ranking are scored but not trained on).
 * Each feature is divided by its largest |value| over the answers while stepping, so a length in tokens
 * and a 0/1 flag learn at the same pace (a diagonally preconditioned step); the scores are unchanged by this.
 * Returns a new state; the input state, answers and ranking are not modified.
 */
export function trainRewardModel(
  state: RewardModelState,
  answers: readonly (readonly number[])[],
  ranking: readonly number[],
  steps: number,
  learningRate: number,
): RewardModelTraining {
  checkAnswers(state, answers);
  checkRanking(ranking, answers.length);
  assertInteger(steps, 'steps', 0);
  if (steps > MAX_STEPS) throw new RangeError(`steps must be at most ${MAX_STEPS} per call, got ${steps}`);
  assertPositive(learningRate, 'learningRate');
  const pairs = rankingToPairs(ranking);
  const nFeatures = state.weights.length;
  const scales = state.weights.map((_, j) => answers.reduce((m, row) => Math.max(m, Math.abs(row[j] as number)), 0) || 1);
  const scaled = answers.map((row) => row.map((f, j) => f / (scales[j] as number)));
  const limit = (w: number): number => Math.min(SCALED_WEIGHT_LIMIT, Math.max(-SCALED_WEIGHT_LIMIT, w));
  let weights = state.weights.map((w, j) => limit(w * (scales[j] as number)));

  const meanLoss = (scores: readonly number[]): number =>
    pairs.reduce((sum, { winner, loser }) => sum + pairwiseLoss(scores[winner] as number, scores[loser] as number), 0) /
    pairs.length;
  let scores = scaled.map((row) => dot(row, weights));
  const lossHistory = [meanLoss(scores)];
  for (let step = 0; step < steps; step++) {
    const gradient = new Array<number>(nFeatures).fill(0);
    for (const { winner, loser } of pairs) {
      // d/dw of −log σ(r_w − r_l) is −σ(r_l − r_w)·(x_w − x_l): large while the pair is still ordered wrongly.
      const pull = preferenceProbability(scores[loser] as number, scores[winner] as number) / pairs.length;
      const xWinner = scaled[winner] as number[];
      const xLoser = scaled[loser] as number[];
      for (let j = 0; j < nFeatures; j++) gradient[j] = (gradient[j] as number) - pull * ((xWinner[j] as number) - (xLoser[j] as number));
    }
    weights = weights.map((w, j) => limit(w - learningRate * (gradient[j] as number)));
    scores = scaled.map((row) => dot(row, weights));
    lossHistory.push(meanLoss(scores));
  }
  return {
    state: { weights: weights.map((w, j) => saturate(w / (scales[j] as number))) },
    lossHistory,
    scores,
  };
}
