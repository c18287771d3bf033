// Where the generator's loss pushes each generated point: −∂ℓ/∂x through the current discriminator, the
// arrows GAN Lab draws on its fake samples. G's update moves its outputs along these (scaled by the chain rule).

import { inputBuffer, mlpBackward, mlpForward, outputGradBuffer } from './mlp';
import { sigmoid } from './loss';
import type { GanState } from './trainer';
import { assertFiniteMatrix } from '@/lib/math/validate';

/**
 * For each point x (length = the data's dimension), −dℓ/dx where ℓ is one sample's generator loss:
 * −log D(x) for the non-saturating loss, log(1 − D(x)) for minimax. Points where D is sure they are fake get
 * almost no push under minimax (the saturation the chapter explains) and a strong one under non-saturating.
 * Uses the discriminator's scratch buffers: call between rounds.
 */
export function generatorPush(state: GanState, points: readonly (readonly number[])[]): number[][] {
  if (points.length === 0) return [];
  const dim = assertFiniteMatrix(points, 'points');
  if (dim !== state.dataDim) throw new RangeError(`points must have ${state.dataDim} coordinates, got ${dim}`);
  const d = state.discriminator;
  const nonSaturating = state.config.lossType === 'non-saturating';
  const out: number[][] = [];
  for (let start = 0; start < points.length; start += d.capacity) {
    const n = Math.min(d.capacity, points.length - start);
    const x = inputBuffer(d);
    for (let s = 0; s < n; s++) for (let k = 0; k < dim; k++) x[s * dim + k] = (points[start + s] as number[])[k] as number;
    const logits = mlpForward(d, n);
    const grad = outputGradBuffer(d);
    for (let s = 0; s < n; s++) {
      const a = logits[s] as number;
      grad[s] = nonSaturating ? sigmoid(a) - 1 : -sigmoid(a);
    }
    const dx = mlpBackward(d, n, false, true);
    for (let s = 0; s < n; s++) out.push(Array.from({ length: dim }, (_, k) => -(dx[s * dim + k] as number) + 0));
  }
  return out;
}
