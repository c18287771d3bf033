// The Adam optimiser (Kingma & Ba 2014) over a flat parameter vector, updating in place without allocating.

import { assertInteger, assertPositive } from '@/lib/math/validate';

/** Plain data, so an optimiser travels with its network into a Web Worker. */
export interface AdamState {
  m: Float64Array;
  v: Float64Array;
  t: number;
  beta1: number;
  beta2: number;
  epsilon: number;
}

export interface AdamOptions {
  beta1?: number;
  beta2?: number;
  epsilon?: number;
}

/** β1 = 0.5 rather than 0.9 because DCGAN found the default momentum made adversarial training oscillate. */
export const GAN_ADAM: Readonly<Required<AdamOptions>> = Object.freeze({ beta1: 0.5, beta2: 0.999, epsilon: 1e-8 });

export function createAdam(size: number, options: AdamOptions = {}): AdamState {
  assertInteger(size, 'size', 1);
  const { beta1, beta2, epsilon } = { ...GAN_ADAM, ...options };
  if (!(beta1 >= 0 && beta1 < 1)) throw new RangeError(`beta1 must be in [0, 1), got ${String(beta1)}`);
  if (!(beta2 >= 0 && beta2 < 1)) throw new RangeError(`beta2 must be in [0, 1), got ${String(beta2)}`);
  assertPositive(epsilon, 'epsilon');
  return { m: new Float64Array(size), v: new Float64Array(size), t: 0, beta1, beta2, epsilon };
}

/**
 * One Adam update of `params` from `grads` (both as long as the optimiser). A non-finite gradient entry is
 * skipped, so one bad batch cannot poison the weights with NaN.
 */
export function adamStep(opt: AdamState, params: Float64Array, grads: Float64Array, learningRate: number): void {
  assertPositive(learningRate, 'learningRate');
  if (params.length !== opt.m.length || grads.length !== opt.m.length) {
    throw new RangeError(`params and grads must have length ${opt.m.length}, got ${params.length} and ${grads.length}`);
  }
  opt.t += 1;
  const { m, v, beta1, beta2, epsilon } = opt;
  const c1 = 1 / (1 - Math.pow(beta1, opt.t));
  const c2 = 1 / (1 - Math.pow(beta2, opt.t));
  for (let k = 0; k < params.length; k++) {
    const g = grads[k] as number;
    if (!Number.isFinite(g)) continue;
    const mk = beta1 * (m[k] as number) + (1 - beta1) * g;
    const vk = beta2 * (v[k] as number) + (1 - beta2) * g * g;
    m[k] = mk;
    v[k] = vk;
    params[k] = (params[k] as number) - (learningRate * mk * c1) / (Math.sqrt(vk * c2) + epsilon);
  }
}
