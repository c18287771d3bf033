// The GAN losses of Goodfellow et al. (2014, Eq. 1) in terms of D's output, plus the per-point curves a loss explorer draws.

import { assertNonEmpty, assertSameLength } from '@/lib/math/validate';

/**
 * D's output is clamped to [EPSILON, 1 − EPSILON] before a logarithm, so D = 0 and D = 1 give large but finite
 * losses (−log 1e-12 ≈ 27.6) instead of Infinity.
 */
export const EPSILON = 1e-12;

function safeLog(x: number): number {
  return Math.log(Math.min(1 - EPSILON, Math.max(EPSILON, x)));
}

/** log(1 − D), computed from 1 − D directly so a D just below 1 keeps its precision. */
function safeLog1m(d: number): number {
  return safeLog(1 - d);
}

function checkOutputs(ds: readonly number[], name: string): void {
  assertNonEmpty(ds, name);
  for (let i = 0; i < ds.length; i++) {
    const d = ds[i] as number;
    if (!(d >= 0 && d <= 1)) throw new RangeError(`${name}[${i}] must be a probability in [0, 1], got ${String(d)}`);
  }
}

function mean(ds: readonly number[], f: (d: number) => number): number {
  let total = 0;
  for (const d of ds) total += f(d);
  return total / ds.length;
}

/**
 * The empirical value function V(D, G) = mean log D(x) + mean log(1 − D(G(z))) over a minibatch of D's outputs on
 * real and on generated samples (same size m, as in Goodfellow's Algorithm 1). It is −log 4 when D = 1/2 everywhere.
 */
export function valueFunction(dReal: readonly number[], dFake: readonly number[]): number {
  checkOutputs(dReal, 'dReal');
  checkOutputs(dFake, 'dFake');
  assertSameLength(dReal, dFake, 'dReal', 'dFake');
  return mean(dReal, safeLog) + mean(dFake, safeLog1m);
}

/** D's loss: −mean log D(x) − mean log(1 − D(G(z))), that is −V; log 4 when D = 1/2 everywhere. */
export function discriminatorLoss(dReal: readonly number[], dFake: readonly number[]): number {
  return -valueFunction(dReal, dFake);
}

/**
 * G's loss. Non-saturating (the default, what is used in practice): −mean log D(G(z)).
 * Saturating (the minimax game as written): mean log(1 − D(G(z))), which G minimises.
 */
export function generatorLoss(dFake: readonly number[], nonSaturating = true): number {
  checkOutputs(dFake, 'dFake');
  return nonSaturating ? -mean(dFake, safeLog) : mean(dFake, safeLog1m);
}

/** The loss terms at one value of D's output, with their slopes, for the loss explorer. */
export interface LossCurvePoint {
  d: number;
  /** log D: what D maximises on real data. */
  logD: number;
  /** log(1 − D): what D maximises on fakes and the saturating G minimises. */
  log1mD: number;
  /** −log D: the non-saturating generator loss. */
  negLogD: number;
  /** Slopes with respect to D. */
  dLogD: number;
  dLog1mD: number;
  dNegLogD: number;
  /**
   * Slopes with respect to D's logit a (D = σ(a)), the gradient a generator actually receives: the saturating
   * loss gives −D, which vanishes when D rejects fakes confidently (D → 0); the non-saturating one gives −(1 − D).
   */
  log1mDPerLogit: number;
  negLogDPerLogit: number;
}

/** The curves at one D in [0, 1]; the ends use the clamped logarithms, so every field is finite. */
export function lossCurvePoint(d: number): LossCurvePoint {
  if (!(d >= 0 && d <= 1)) throw new RangeError(`d must be a probability in [0, 1], got ${String(d)}`);
  const dc = Math.min(1 - EPSILON, Math.max(EPSILON, d));
  return {
    d,
    logD: safeLog(d),
    log1mD: safeLog1m(d),
    negLogD: 0 - safeLog(d),
    dLogD: 1 / dc,
    dLog1mD: -1 / (1 - dc),
    dNegLogD: -1 / dc,
    log1mDPerLogit: 0 - d,
    negLogDPerLogit: d - 1,
  };
}

/** `samples` evenly spaced points from D = 0 to D = 1 inclusive (at least 2). */
export function lossCurves(samples: number): LossCurvePoint[] {
  if (!Number.isInteger(samples) || samples < 2 || samples > 100_000) {
    throw new RangeError(`samples must be a whole number in [2, 100000], got ${String(samples)}`);
  }
  return Array.from({ length: samples }, (_, i) => lossCurvePoint(i / (samples - 1)));
}

/** softplus(a) = log(1 + e^a) without overflow: −log σ(−a), the building block of the logit-form losses. */
export function softplus(a: number): number {
  return a > 0 ? a + Math.log1p(Math.exp(-a)) : Math.log1p(Math.exp(a));
}

/** σ(a) without overflow for large |a|. */
export function sigmoid(a: number): number {
  if (a >= 0) return 1 / (1 + Math.exp(-a));
  const e = Math.exp(a);
  return e / (1 + e);
}
