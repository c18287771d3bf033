// DDPM ancestral sampling (Ho et al. 2020, Alg. 2) of a 2-D mixture with its exact score, optionally guided, in slices.

import { gaussian } from '@/lib/math/random';
import { assertInteger } from '@/lib/math/validate';
import {
  clampCoordinate,
  componentIndex,
  componentScore,
  mixtureScore,
  noisedMixture,
  type GaussianMixture,
  type Point,
} from './mixture';
import { linearBetaSchedule, logAlphaBarAt, stridedSchedule, type NoiseSchedule } from './schedule';

const MAX_POINTS = 100_000;
/** Past this, guidance only overshoots harder; the cap keeps (1 + w)·score far from overflow. */
const MAX_GUIDANCE = 1000;
/** w = −1 is the unconditional score; below it the score would point away from the label. */
const MIN_GUIDANCE = -1;

export type Guidance = {
  readonly label: string;
  /**
   * w in score = (1 + w)·score(x | label) − w·score(x), as in classifier-free guidance: w = 0 samples the
   * label's own component; w > 0 pushes further away from the other components; w = −1 ignores the label
   * (the unconditional score), and −1 < w < 0 blends the two. −1 <= w <= 1000. GLIDE's guidance scale is s = 1 + w.
   */
  readonly weight: number;
};

export type SamplerConfig = {
  readonly mixture: GaussianMixture;
  /** The training-time schedule; default: DDPM's linear β from 1e-4 to 0.02 over T = 1000. */
  readonly schedule?: NoiseSchedule;
  /** Reverse steps to take, 1…T (default T); fewer steps follow a strided schedule with the same ᾱ. */
  readonly steps?: number;
  /** Points sampled in parallel, 1…100,000. */
  readonly count: number;
  readonly guidance?: Guidance;
  /** σ_t² = β_t (default) or the posterior variance β̃_t = (1 − ᾱ_{t−1})/(1 − ᾱ_t)·β_t; DDPM found both similar. */
  readonly variance?: 'beta' | 'posterior';
  /** Keep a copy of the points every m-th step (plus the start and the end) for drawing trajectories; 0 = none. */
  readonly snapshotEvery?: number;
};

/** One reverse step from τ_i to τ_{i−1}, precomputed so advancing is only arithmetic. */
type PlanStep = {
  readonly t: number;
  readonly tPrevious: number;
  readonly noised: GaussianMixture;
  readonly beta: number;
  readonly inverseSqrtAlpha: number;
  readonly sigma: number;
};

export type Snapshot = { readonly t: number; readonly points: readonly Point[] };

/** Plain data (no functions), so it can cross a postMessage to or from a Web Worker. */
export type SamplerState = {
  readonly plan: readonly PlanStep[];
  readonly guidance: Guidance | null;
  readonly snapshotEvery: number;
  readonly stepsDone: number;
  /** The original timestep the points are at: T before the first step, 0 when done. */
  readonly t: number;
  readonly done: boolean;
  readonly points: readonly Point[];
  readonly snapshots: readonly Snapshot[];
};

function buildPlan(mixture: GaussianMixture, schedule: NoiseSchedule, steps: number, variance: 'beta' | 'posterior'): PlanStep[] {
  const { timesteps, schedule: strided } = stridedSchedule(schedule, steps);
  const plan = timesteps.map((t, i): PlanStep => {
    const tPrevious = i === 0 ? 0 : (timesteps[i - 1] as number);
    const logAlphaBar = logAlphaBarAt(schedule, t);
    const beta = strided.betas[i] as number;
    const posterior = (Math.expm1(logAlphaBarAt(schedule, tPrevious)) / Math.expm1(logAlphaBar)) * beta;
    return {
      t,
      tPrevious,
      noised: noisedMixture(mixture, Math.exp(logAlphaBar)),
      beta,
      inverseSqrtAlpha: 1 / Math.sqrt(strided.alphas[i] as number),
      sigma: Math.sqrt(variance === 'beta' ? beta : posterior),
    };
  });
  return plan.reverse();
}

function checkConfig(config: SamplerConfig, T: number): void {
  assertInteger(config.count, 'count', 1);
  if (config.count > MAX_POINTS) throw new RangeError(`count must be at most ${MAX_POINTS}, got ${config.count}`);
  if (config.variance !== undefined && config.variance !== 'beta' && config.variance !== 'posterior') {
    throw new RangeError(`variance must be 'beta' or 'posterior', got ${String(config.variance)}`);
  }
  assertInteger(config.snapshotEvery ?? 0, 'snapshotEvery', 0);
  assertInteger(config.steps ?? T, 'steps', 1);
  if (config.guidance) {
    componentIndex(config.mixture, config.guidance.label);
    const w = config.guidance.weight;
    if (!(w >= MIN_GUIDANCE && w <= MAX_GUIDANCE)) {
      throw new RangeError(`guidance weight must be in [${MIN_GUIDANCE}, ${MAX_GUIDANCE}], got ${String(w)}`);
    }
  }
}

/** Draws x_T ~ N(0, I) for every point (two normals each, in order) and precomputes the reverse steps. */
export function createSampler(config: SamplerConfig, rng: () => number): SamplerState {
  const schedule = config.schedule ?? linearBetaSchedule(1000);
  const T = schedule.betas.length;
  checkConfig(config, T);
  const plan = buildPlan(config.mixture, schedule, config.steps ?? T, config.variance ?? 'beta');
  const points = Array.from({ length: config.count }, (): Point => [gaussian(rng), gaussian(rng)]);
  const snapshotEvery = config.snapshotEvery ?? 0;
  return {
    plan,
    guidance: config.guidance ?? null,
    snapshotEvery,
    stepsDone: 0,
    t: T,
    done: false,
    points,
    snapshots: snapshotEvery > 0 ? [{ t: T, points }] : [],
  };
}

function guidedScore(noised: GaussianMixture, guidance: Guidance | null, x: Point): Point {
  const unconditional = mixtureScore(noised, x);
  if (guidance === null) return unconditional;
  const conditional = componentScore(noised, guidance.label, x);
  const w = guidance.weight;
  return [(1 + w) * conditional[0] - w * unconditional[0], (1 + w) * conditional[1] - w * unconditional[1]];
}

/**
 * x_{t−1} = (x_t − β_t/√(1 − ᾱ_t)·ε)/√α_t + σ_t z with ε = −√(1 − ᾱ_t)·score, which simplifies to
 * (x_t + β_t·score)/√α_t + σ_t z. The last step adds no noise (z = 0 at t = 1, as in Alg. 2).
 * Positions are clamped like any scored point, so an absurd guidance weight or a harsh schedule that
 * overshoots step after step still cannot overflow.
 */
function reverseStep(step: PlanStep, guidance: Guidance | null, points: readonly Point[], rng: () => number): Point[] {
  const addNoise = step.tPrevious > 0;
  return points.map((x) => {
    const score = guidedScore(step.noised, guidance, x);
    const zx = addNoise ? gaussian(rng) : 0;
    const zy = addNoise ? gaussian(rng) : 0;
    return [
      clampCoordinate((x[0] + step.beta * score[0]) * step.inverseSqrtAlpha + step.sigma * zx),
      clampCoordinate((x[1] + step.beta * score[1]) * step.inverseSqrtAlpha + step.sigma * zy),
    ];
  });
}

/**
 * Takes up to nSteps more reverse steps (fewer if the chain ends first; 0 is a no-op) and returns a new state.
 * The draws depend only on the steps taken, so any slicing of the same run with the same rng gives the same points.
 */
export function advance(state: SamplerState, nSteps: number, rng: () => number): SamplerState {
  assertInteger(nSteps, 'nSteps', 0);
  let { points, stepsDone, t } = state;
  const snapshots = [...state.snapshots];
  const end = Math.min(state.plan.length, stepsDone + nSteps);
  while (stepsDone < end) {
    const step = state.plan[stepsDone] as PlanStep;
    points = reverseStep(step, state.guidance, points, rng);
    stepsDone += 1;
    t = step.tPrevious;
    const last = stepsDone === state.plan.length;
    if (state.snapshotEvery > 0 && (stepsDone % state.snapshotEvery === 0 || last)) snapshots.push({ t, points });
  }
  return { ...state, points, stepsDone, t, done: stepsDone === state.plan.length, snapshots };
}

/** Runs a whole chain at once: createSampler followed by advance over every step. */
export function sampleDiffusion(config: SamplerConfig, rng: () => number): SamplerState {
  const state = createSampler(config, rng);
  return advance(state, state.plan.length, rng);
}

/**
 * Guidance from GLIDE's guidance scale s: score = (1 − s)·unconditional + s·conditional, i.e. w = s − 1.
 * s = 0 ignores the label, s = 1 samples the label's component, s > 1 is classifier-free guidance.
 */
export function guidanceFromScale(label: string, scale: number): Guidance {
  if (!(scale >= 0 && scale <= MAX_GUIDANCE + 1)) throw new RangeError(`guidance scale must be in [0, ${MAX_GUIDANCE + 1}], got ${String(scale)}`);
  return { label, weight: scale - 1 };
}
