// KL divergence and the KL-regularised policy π ∝ π_ref·exp(r/β) behind RLHF's reward-vs-drift trade-off (F9).

import { assertFiniteVector, assertPositive, assertSameLength, assertWeights } from '@/lib/math/validate';
import { softmax } from '@/lib/math/softmax';

/**
 * log(w_i / Σw) for non-negative weights, -Infinity where w_i = 0. Working from log(w_i) keeps a weight
 * like 1e-310 next to 1e308 positive instead of letting w_i / Σw underflow to 0.
 */
function logNormalize(weights: readonly number[], name: string): number[] {
  assertWeights(weights, name);
  const max = weights.reduce((m, w) => Math.max(m, w), 0);
  const logTotal = Math.log(max) + Math.log(weights.reduce((sum, w) => sum + w / max, 0));
  return weights.map((w) => (w > 0 ? Math.log(w) - logTotal : -Infinity));
}

/**
 * KL(p‖q) = Σ p_i log(p_i / q_i) in nats, with 0·log 0 = 0. Both are non-negative weights, normalised here,
 * so counts or unnormalised scores are fine. Where q_i = 0 but p_i > 0 the divergence is infinite: that
 * throws a RangeError naming the index rather than returning Infinity. Rounding below 0 is reported as 0.
 */
export function klDivergence(p: readonly number[], q: readonly number[]): number {
  assertSameLength(p, q, 'p', 'q');
  const logP = logNormalize(p, 'p');
  const logQ = logNormalize(q, 'q');
  let total = 0;
  logP.forEach((lp, i) => {
    if (lp === -Infinity) return;
    const lq = logQ[i] as number;
    if (lq === -Infinity) throw new RangeError(`KL(p‖q) is infinite: q[${i}] = 0 where p[${i}] > 0`);
    total += Math.exp(lp) * (lp - lq);
  });
  return Math.max(0, total);
}

function checkRewards(reference: readonly number[], rewards: readonly number[]): void {
  assertSameLength(reference, rewards, 'reference', 'rewards');
  assertFiniteVector(rewards, 'rewards');
}

/**
 * The maximiser of E_π[r] − β·KL(π‖π_ref): π_i ∝ π_ref,i · exp(r_i / β), computed in log space after
 * subtracting the best reward, so β = 1e-9 and β = 1e9 both work. β → ∞ gives back the reference;
 * β → 0 puts all mass on the best-rewarded answers the reference allows, and tied best answers share it
 * in proportion to their reference probabilities. Answers with reference probability 0 stay at 0.
 */
export function klRegularizedPolicy(reference: readonly number[], rewards: readonly number[], beta: number): number[] {
  checkRewards(reference, rewards);
  assertPositive(beta, 'beta');
  const logReference = logNormalize(reference, 'reference');
  let best = -Infinity;
  rewards.forEach((r, i) => {
    if (logReference[i] !== -Infinity && r > best) best = r;
  });
  // r − best is <= 0, so dividing by a tiny β can only run to -Infinity (probability 0), never to +Infinity.
  const logits = logReference.map((lr, i) => (lr === -Infinity ? -Infinity : lr + ((rewards[i] as number) - best) / beta));
  return softmax(logits);
}

/**
 * E_π[r] = Σ π_i r_i (π normalised here). Rewards are scaled by their largest magnitude while summing and
 * the result is kept within [min r, max r], where a mean must lie, so huge rewards cannot overflow.
 */
export function expectedReward(policy: readonly number[], rewards: readonly number[]): number {
  assertSameLength(policy, rewards, 'policy', 'rewards');
  assertFiniteVector(rewards, 'rewards');
  const logPolicy = logNormalize(policy, 'policy');
  const scale = rewards.reduce((m, r) => Math.max(m, Math.abs(r)), 0);
  if (scale === 0) return 0;
  let total = 0;
  let lo = Infinity;
  let hi = -Infinity;
  logPolicy.forEach((lp, i) => {
    if (lp === -Infinity) return;
    const r = rewards[i] as number;
    total += Math.exp(lp) * (r / scale);
    lo = Math.min(lo, r);
    hi = Math.max(hi, r);
  });
  return Math.min(hi, Math.max(lo, total * scale));
}

export type TradeoffPoint = { readonly beta: number; readonly expectedReward: number; readonly kl: number };

/** For each β: the expected reward of the regularised policy and how far it drifted, KL(π‖π_ref). */
export function tradeoffCurve(
  reference: readonly number[],
  rewards: readonly number[],
  betas: readonly number[],
): TradeoffPoint[] {
  checkRewards(reference, rewards);
  if (betas.length === 0) throw new RangeError('betas must not be empty');
  return betas.map((beta) => {
    const policy = klRegularizedPolicy(reference, rewards, beta);
    return { beta, expectedReward: expectedReward(policy, rewards), kl: klDivergence(policy, reference) };
  });
}
