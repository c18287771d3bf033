import { describe, expect, it } from 'vitest';
import { sigmoid, softplus } from '@/lib/gan/loss';
import { mlpPredict } from '@/lib/gan/mlp';
import { generatorPush } from '@/lib/gan/push';
import { createGan, run, type GanState } from '@/lib/gan/trainer';

/** One sample's generator loss at x, from D's logit. */
function loss(state: GanState, x: number[]): number {
  const a = mlpPredict(state.discriminator, x)[0] as number;
  return state.config.lossType === 'non-saturating' ? softplus(-a) : -softplus(a);
}

describe('generatorPush', () => {
  for (const lossType of ['non-saturating', 'minimax'] as const) {
    it(`is minus the gradient of the ${lossType} loss (finite differences)`, () => {
      const state = createGan({ lossType, seed: 4 });
      run(state, 200);
      const points = [[0.3, -0.2], [-1.1, 0.7], [0.9, 0.95]];
      const push = generatorPush(state, points);
      const h = 1e-5;
      points.forEach((p, s) => {
        for (let k = 0; k < 2; k++) {
          const up = [...p];
          const down = [...p];
          up[k] = (up[k] as number) + h;
          down[k] = (down[k] as number) - h;
          const numeric = -(loss(state, up) - loss(state, down)) / (2 * h);
          expect((push[s] as number[])[k]).toBeCloseTo(numeric, 5);
        }
      });
    });
  }

  it('saturates under minimax where D is sure a point is fake, unlike the non-saturating loss', () => {
    const ns = createGan({ seed: 2 });
    run(ns, 1500);
    const far = [[1.4, -1.4]];
    const d = sigmoid(mlpPredict(ns.discriminator, far[0] as number[])[0] as number);
    expect(d).toBeLessThan(0.2);
    const mm = { ...ns, config: { ...ns.config, lossType: 'minimax' as const } };
    const pushNs = Math.hypot(...(generatorPush(ns, far)[0] as number[]));
    const pushMm = Math.hypot(...(generatorPush(mm, far)[0] as number[]));
    // Same D: the per-sample slopes differ by the factor D / (1 − D) at the logit.
    expect(pushMm / pushNs).toBeCloseTo(d / (1 - d), 6);
  }, 30_000);

  it('handles more points than a batch, 1-D data, and rejects wrong shapes', () => {
    const state = createGan({ batchSize: 4 });
    expect(generatorPush(state, Array.from({ length: 11 }, (_, i) => [i / 10, 0]))).toHaveLength(11);
    expect(generatorPush(state, [])).toEqual([]);
    expect(() => generatorPush(state, [[0]])).toThrow(RangeError);
    expect(() => generatorPush(state, [[0, Number.NaN]])).toThrow(RangeError);
    const oneD = createGan({ dataset: 'gaussian-1d', noiseDim: 1 });
    expect(generatorPush(oneD, [[0.2], [0.4]]).every((p) => p.length === 1 && Number.isFinite(p[0]))).toBe(true);
  });
});
