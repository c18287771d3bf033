// The optimal discriminator and the value of the GAN game for two 1-D densities on a grid (Goodfellow et al. 2014, §4.1).

import { EPSILON } from './loss';
import { assertFiniteNumber, assertInteger, assertPositive, assertSameLength, assertWeights } from '@/lib/math/validate';

/**
 * Turns density values on a uniform grid into probability masses that sum to 1 (a Riemann sum with the grid step
 * cancelling), so the identities below hold exactly on the grid even where the tails are cut off.
 */
function toMasses(density: readonly number[], name: string): number[] {
  assertWeights(density, name);
  // Scaling by the largest value first keeps the sum finite for densities near the top of the double range.
  const largest = density.reduce((a, b) => Math.max(a, b), 0);
  const scaled = density.map((p) => p / largest);
  const total = scaled.reduce((a, b) => a + b, 0);
  return scaled.map((p) => p / total);
}

function checkPair(pData: readonly number[], pG: readonly number[]): [number[], number[]] {
  assertSameLength(pData, pG, 'pData', 'pG');
  return [toMasses(pData, 'pData'), toMasses(pG, 'pG')];
}

/** Evenly spaced points from `min` to `max` inclusive. */
export function linspace(min: number, max: number, count: number): number[] {
  assertFiniteNumber(min, 'min');
  assertFiniteNumber(max, 'max');
  assertInteger(count, 'count', 2);
  if (!(max > min)) throw new RangeError(`max must be greater than min, got ${min} and ${max}`);
  return Array.from({ length: count }, (_, i) => min + ((max - min) * i) / (count - 1));
}

/** The normal density N(mean, std²) at each x. */
export function gaussianDensity(xs: readonly number[], mean: number, std: number): number[] {
  assertFiniteNumber(mean, 'mean');
  assertPositive(std, 'std');
  return xs.map((x, i) => {
    assertFiniteNumber(x, `xs[${i}]`);
    const u = (x - mean) / std;
    return Math.exp(-0.5 * u * u) / (std * Math.sqrt(2 * Math.PI));
  });
}

/**
 * D*(x) = p_data(x) / (p_data(x) + p_g(x)) at each grid point (Proposition 1). Where both densities are 0 the
 * discriminator has nothing to tell apart, and the answer is 1/2.
 */
export function optimalDiscriminator(pData: readonly number[], pG: readonly number[]): number[] {
  const [p, q] = checkPair(pData, pG);
  return p.map((pi, i) => {
    const qi = q[i] as number;
    return pi + qi > 0 ? pi / (pi + qi) : 0.5;
  });
}

/**
 * V(D, G) = Σ p_data log D + Σ p_g log(1 − D) over the grid for any discriminator `d` (values in [0, 1]).
 * A point with zero mass adds nothing (0 · log 0 = 0); elsewhere D is clamped as in `loss.ts`.
 */
export function gridValue(d: readonly number[], pData: readonly number[], pG: readonly number[]): number {
  const [p, q] = checkPair(pData, pG);
  assertSameLength(d, pData, 'd', 'pData');
  let v = 0;
  d.forEach((di, i) => {
    if (!(di >= 0 && di <= 1)) throw new RangeError(`d[${i}] must be a probability in [0, 1], got ${String(di)}`);
    const dc = Math.min(1 - EPSILON, Math.max(EPSILON, di));
    const pi = p[i] as number;
    const qi = q[i] as number;
    if (pi > 0) v += pi * Math.log(dc);
    if (qi > 0) v += qi * Math.log(1 - dc);
  });
  return v;
}

/** V(D*, G) = C(G): −log 4 when the densities coincide and up to 0 when they do not overlap (Theorem 1). */
export function optimalValue(pData: readonly number[], pG: readonly number[]): number {
  return gridValue(optimalDiscriminator(pData, pG), pData, pG);
}

/**
 * The Jensen–Shannon divergence between two distributions given as non-negative weights (normalised here), in
 * nats: 0 for identical distributions, log 2 for disjoint ones; C(G) = −log 4 + 2·JSD.
 */
export function jensenShannon(pData: readonly number[], pG: readonly number[]): number {
  const [p, q] = checkPair(pData, pG);
  let total = 0;
  p.forEach((pi, i) => {
    const qi = q[i] as number;
    // 2p / (p + q) rather than p / m, because halving a subnormal mass can round m to 0.
    if (pi > 0) total += 0.5 * pi * Math.log((2 * pi) / (pi + qi));
    if (qi > 0) total += 0.5 * qi * Math.log((2 * qi) / (pi + qi));
  });
  return Math.min(Math.LN2, Math.max(0, total));
}
