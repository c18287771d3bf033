// DDPM noise schedules (Ho et al. 2020, F4): β_t, α_t = 1 − β_t, ᾱ_t = Π α_s, and strided sub-schedules.

import { assertInteger, assertFiniteVector } from '@/lib/math/validate';

/** Long enough for any classroom schedule, small enough that the arrays stay cheap. */
const MAX_STEPS = 100_000;

/** Arrays are indexed by t − 1: entry 0 is step t = 1. */
export type NoiseSchedule = {
  readonly betas: readonly number[];
  readonly alphas: readonly number[];
  /** ᾱ_t, from exp(Σ log α_s): a running product of a thousand numbers just under 1 would drift. */
  readonly alphaBars: readonly number[];
  /** log ᾱ_t, so 1 − ᾱ_t = −expm1(log ᾱ_t) keeps its digits when ᾱ_t is close to 1. */
  readonly logAlphaBars: readonly number[];
};

function checkBeta(beta: number, name: string): void {
  if (!(beta > 0 && beta < 1)) throw new RangeError(`${name} must be in (0, 1), got ${String(beta)}`);
}

/** Builds α, ᾱ and log ᾱ from β_1…β_T, each in (0, 1); 1 to 100,000 steps. */
export function createSchedule(betas: readonly number[]): NoiseSchedule {
  assertFiniteVector(betas, 'betas');
  if (betas.length > MAX_STEPS) throw new RangeError(`a schedule has at most ${MAX_STEPS} steps, got ${betas.length}`);
  betas.forEach((beta, i) => checkBeta(beta, `betas[${i}]`));
  let logAlphaBar = 0;
  const logAlphaBars = betas.map((beta) => (logAlphaBar += Math.log1p(-beta)));
  return {
    betas: [...betas],
    alphas: betas.map((beta) => 1 - beta),
    alphaBars: logAlphaBars.map(Math.exp),
    logAlphaBars,
  };
}

/** DDPM's schedule: β rises linearly from betaStart (t = 1) to betaEnd (t = T); T = 1 gives [betaStart]. */
export function linearBetaSchedule(T: number, betaStart = 1e-4, betaEnd = 0.02): NoiseSchedule {
  assertInteger(T, 'T', 1);
  if (T > MAX_STEPS) throw new RangeError(`T must be at most ${MAX_STEPS}, got ${T}`);
  checkBeta(betaStart, 'betaStart');
  checkBeta(betaEnd, 'betaEnd');
  const betas = Array.from({ length: T }, (_, i) => (T === 1 ? betaStart : betaStart + (betaEnd - betaStart) * (i / (T - 1))));
  return createSchedule(betas);
}

/** ᾱ_t for t = 0…T, with ᾱ_0 = 1 (no noise yet). */
export function alphaBarAt(schedule: NoiseSchedule, t: number): number {
  return Math.exp(logAlphaBarAt(schedule, t));
}

/** log ᾱ_t for t = 0…T, with log ᾱ_0 = 0. */
export function logAlphaBarAt(schedule: NoiseSchedule, t: number): number {
  const T = schedule.betas.length;
  if (!Number.isInteger(t) || t < 0 || t > T) throw new RangeError(`t must be a whole number in [0, ${T}], got ${String(t)}`);
  return t === 0 ? 0 : (schedule.logAlphaBars[t - 1] as number);
}

/**
 * Bounds for a derived β: below, a stride whose ᾱ did not change within rounding still counts as a step;
 * above, 1/√α stays finite when a long stride swallows nearly all of the signal.
 */
const MIN_STRIDED_BETA = Number.MIN_VALUE;
const MAX_STRIDED_BETA = 1 - Number.EPSILON;

export type StridedSchedule = {
  /** The original steps kept, increasing, ending at T: τ_1 < … < τ_S = T. */
  readonly timesteps: readonly number[];
  /** A schedule over the kept steps with the same ᾱ: β'_i = 1 − ᾱ_{τ_i} / ᾱ_{τ_{i−1}}, ᾱ_{τ_0} = 1. */
  readonly schedule: NoiseSchedule;
};

/**
 * Keeps `steps` evenly spaced steps of a schedule (τ_i = round(i·T/S)) and re-derives β from ᾱ so the
 * shorter chain reaches exactly the same noise levels; steps = T returns the schedule itself.
 */
export function stridedSchedule(schedule: NoiseSchedule, steps: number): StridedSchedule {
  const T = schedule.betas.length;
  assertInteger(steps, 'steps', 1);
  if (steps > T) throw new RangeError(`steps must be at most T = ${T}, got ${steps}`);
  const timesteps = Array.from({ length: steps }, (_, i) => Math.round(((i + 1) * T) / steps));
  if (steps === T) return { timesteps, schedule };
  const betas = timesteps.map((t, i) => {
    const previous = i === 0 ? 0 : logAlphaBarAt(schedule, timesteps[i - 1] as number);
    return Math.min(MAX_STRIDED_BETA, Math.max(MIN_STRIDED_BETA, -Math.expm1(logAlphaBarAt(schedule, t) - previous)));
  });
  return { timesteps, schedule: createSchedule(betas) };
}
