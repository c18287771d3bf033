// What the reward–KL widget plots: β on a log grid, and for each β the regularised policy's expected
// reward-model score, its drift KL(π‖π_ref) and the expected "true" quality a careful human would give.

import { assertFiniteVector, assertInteger, assertPositive, assertSameLength } from '@/lib/math/validate';
import { expectedReward, klDivergence, klRegularizedPolicy } from './kl';

/** n values from `from` to `to` (both > 0, either order) evenly spaced on a log scale; the ends are exact. */
export function logSpace(from: number, to: number, n: number): number[] {
  assertPositive(from, 'from');
  assertPositive(to, 'to');
  if (!Number.isFinite(from) || !Number.isFinite(to)) throw new RangeError('from and to must be finite');
  assertInteger(n, 'n', 2);
  const a = Math.log(from);
  const b = Math.log(to);
  return Array.from({ length: n }, (_, i) => (i === 0 ? from : i === n - 1 ? to : Math.exp(a + ((b - a) * i) / (n - 1))));
}

export type KlViewPoint = {
  readonly beta: number;
  /** E_π[r], the score the reward model gives the policy's answers on average. */
  readonly reward: number;
  /** KL(π‖π_ref) in nats. */
  readonly kl: number;
  /** E_π[quality], what the answers are actually worth. */
  readonly quality: number;
};

/** The policy π ∝ π_ref·exp(r/β) and its three figures at one β. */
export function klViewAt(
  reference: readonly number[],
  rewards: readonly number[],
  quality: readonly number[],
  beta: number,
): KlViewPoint & { readonly policy: number[] } {
  assertSameLength(rewards, quality, 'rewards', 'quality');
  assertFiniteVector(quality, 'quality');
  const policy = klRegularizedPolicy(reference, rewards, beta);
  return {
    beta,
    policy,
    reward: expectedReward(policy, rewards),
    kl: klDivergence(policy, reference),
    quality: expectedReward(policy, quality),
  };
}

/** klViewAt for every β of a grid, without the policies. */
export function klViewCurve(
  reference: readonly number[],
  rewards: readonly number[],
  quality: readonly number[],
  betas: readonly number[],
): KlViewPoint[] {
  if (betas.length === 0) throw new RangeError('betas must not be empty');
  return betas.map((beta) => {
    const { policy: _policy, ...point } = klViewAt(reference, rewards, quality, beta);
    return point;
  });
}

/** The index of the most likely answer (the first one on a tie). */
export function mostLikely(policy: readonly number[]): number {
  assertFiniteVector(policy, 'policy');
  if (policy.length === 0) throw new RangeError('policy must not be empty');
  return policy.reduce((best, p, i) => (p > (policy[best] as number) ? i : best), 0);
}

/**
 * Reward hacking, as the widget reports it: the policy's expected true quality has fallen below the
 * reference policy's, while the reward model scores it above its true quality (tolerance 1e-9 for rounding).
 */
export function isRewardHacking(point: Pick<KlViewPoint, 'reward' | 'quality'>, referenceQuality: number): boolean {
  return point.reward > point.quality + 1e-9 && point.quality < referenceQuality - 1e-9;
}
