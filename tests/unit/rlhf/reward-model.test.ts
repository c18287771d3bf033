import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRewardModel, scoreAnswers, trainRewardModel } from '@/lib/rlhf/reward-model';

// Features per answer: [length in tokens, polite, correct, follows the instruction, refuses].
const answers = Object.freeze([
  Object.freeze([120, 1, 1, 1, 0]),
  Object.freeze([40, 0, 1, 1, 0]),
  Object.freeze([300, 1, 0, 1, 0]),
  Object.freeze([60, 1, 1, 0, 0]),
  Object.freeze([20, 1, 0, 0, 1]),
  Object.freeze([200, 0, 0, 0, 0]),
]);
const LENGTH = 0;
const CORRECT = 2;

/** Sorts answer indices best to worst by a hidden preference. */
function rankBy(score: (features: readonly number[]) => number): number[] {
  return answers.map((_, i) => i).sort((a, b) => score(answers[b] as number[]) - score(answers[a] as number[]));
}

describe('createRewardModel', () => {
  it('starts at zero weights and rejects a bad feature count', () => {
    expect(createRewardModel(3).weights).toEqual([0, 0, 0]);
    expect(() => createRewardModel(0)).toThrow(/nFeatures/);
    expect(() => createRewardModel(2.5)).toThrow(/nFeatures/);
  });
});

describe('trainRewardModel', () => {
  const careful = rankBy(([, polite, correct, follows, refuses]) => 3 * (correct as number) + 2 * (follows as number) + (polite as number) - 2 * (refuses as number));

  it('starts at ln 2 and lowers the mean pairwise loss at every step', () => {
    const { lossHistory } = trainRewardModel(createRewardModel(5), answers, careful, 50, 0.5);
    expect(lossHistory).toHaveLength(51);
    expect(lossHistory[0]).toBeCloseTo(Math.LN2, 12);
    for (let i = 1; i < lossHistory.length; i++) expect(lossHistory[i]).toBeLessThan(lossHistory[i - 1] as number);
    expect(lossHistory.at(-1)).toBeLessThan(0.2);
  });

  it('learns scores in the order of a consistent ranking', () => {
    const { scores, state } = trainRewardModel(createRewardModel(5), answers, careful, 300, 1);
    for (let i = 1; i < careful.length; i++) {
      expect(scores[careful[i - 1] as number]).toBeGreaterThan(scores[careful[i] as number] as number);
    }
    expect(scoreAnswers(state, answers).map((s, i) => s - (scores[i] as number))).toEqual(scores.map(() => expect.closeTo(0, 9)));
    expect(state.weights[CORRECT]).toBeGreaterThan(0);
  });

  it('rewards length when labellers happen to prefer long answers: the flawed-feature lesson', () => {
    const byLength = rankBy(([length]) => length as number);
    const { state, scores } = trainRewardModel(createRewardModel(5), answers, byLength, 300, 1);
    expect(state.weights[LENGTH]).toBeGreaterThan(0);
    // The long, wrong answer now outscores the short, correct one.
    expect(scores[2]).toBeGreaterThan(scores[1] as number);
  });

  it('continues from a given state: two runs of 20 steps equal one of 40', () => {
    const first = trainRewardModel(createRewardModel(5), answers, careful, 20, 0.5);
    const second = trainRewardModel(first.state, answers, careful, 20, 0.5);
    const once = trainRewardModel(createRewardModel(5), answers, careful, 40, 0.5);
    second.state.weights.forEach((w, j) => expect(w).toBeCloseTo(once.state.weights[j] as number, 9));
    expect(second.lossHistory[0]).toBeCloseTo(first.lossHistory.at(-1) as number, 12);
  });

  it('is deterministic and leaves its inputs alone', () => {
    const state = Object.freeze({ weights: Object.freeze([0, 0, 0, 0, 0]) });
    const ranking = Object.freeze([...careful]);
    const a = trainRewardModel(state, answers, ranking, 10, 0.3);
    const b = trainRewardModel(state, answers, ranking, 10, 0.3);
    expect(a).toEqual(b);
    expect(state.weights).toEqual([0, 0, 0, 0, 0]);
  });

  it('trains only on the ranked answers but scores them all', () => {
    const { scores } = trainRewardModel(createRewardModel(5), answers, [1, 2], 100, 1);
    expect(scores).toHaveLength(6);
    expect(scores[1]).toBeGreaterThan(scores[2] as number);
  });

  it('stays finite for extreme features and learning rates', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { minLength: 2, maxLength: 2 }), { minLength: 2, maxLength: 5 }),
        fc.double({ min: 1e-300, max: 1e308, noNaN: true }),
        (rows, learningRate) => {
          const ranking = rows.map((_, i) => i);
          const result = trainRewardModel(createRewardModel(2), rows, ranking, 5, learningRate);
          for (const x of [...result.lossHistory, ...result.scores, ...result.state.weights]) expect(Number.isFinite(x)).toBe(true);
          expect(scoreAnswers(result.state, rows).every(Number.isFinite)).toBe(true);
        },
      ),
    );
  });

  it('rejects bad shapes, rankings and settings', () => {
    const model = createRewardModel(5);
    expect(() => trainRewardModel(model, [[1, 2]], [0, 1], 1, 0.1)).toThrow(/5 features/);
    expect(() => trainRewardModel(model, answers, [0], 1, 0.1)).toThrow(/at least 2/);
    expect(() => trainRewardModel(model, answers, [0, 6], 1, 0.1)).toThrow(/ranking\[1\]/);
    expect(() => trainRewardModel(model, answers, [0, 1, 0], 1, 0.1)).toThrow(/repeats/);
    expect(() => trainRewardModel(model, answers, [0, 1], -1, 0.1)).toThrow(/steps/);
    expect(() => trainRewardModel(model, answers, [0, 1], 1e9, 0.1)).toThrow(/steps must be at most/);
    expect(() => trainRewardModel(model, answers, [0, 1], 1, 0)).toThrow(/learningRate/);
    expect(() => scoreAnswers({ weights: [Number.NaN] }, [[1]])).toThrow(/state.weights/);
  });
});
