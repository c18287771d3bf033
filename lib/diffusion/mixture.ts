// A labelled 2-D Gaussian mixture (the toy "image" distribution) and its exact noised marginals under DDPM noise.

import { gaussian } from '@/lib/math/random';
import { assertFiniteNumber, assertInteger } from '@/lib/math/validate';
import { normalizeWeights } from '@/lib/math/normalize';
import { logSumExp } from '@/lib/math/softmax';

export type Point = readonly [number, number];

export type ComponentSpec = {
  readonly weight: number;
  readonly mean: Point;
  /** One number for an isotropic blob, or [var_x, var_y] for an axis-aligned (diagonal) one. */
  readonly variance: number | Point;
};

export type MixtureComponent = { readonly label: string; readonly weight: number; readonly mean: Point; readonly variance: Point };

/** Components in the spec's key order, weights normalised to sum to 1. */
export type GaussianMixture = { readonly components: readonly MixtureComponent[] };

const COORDINATE_LIMIT = 1e100;
/** A toy 2-D world: these bounds keep every mean, variance and score comfortably inside double range. */
const MEAN_LIMIT = 1e6;
const VARIANCE_MIN = 1e-6;
const VARIANCE_MAX = 1e6;

function checkVariance(v: number, name: string): void {
  if (!(v >= VARIANCE_MIN && v <= VARIANCE_MAX)) {
    throw new RangeError(`${name} must be in [${VARIANCE_MIN}, ${VARIANCE_MAX}], got ${String(v)}`);
  }
}

/**
 * Builds a mixture from components keyed by label, e.g. { cat: {…}, dog: {…} }. Weights are >= 0 (at least
 * one positive) and are normalised; means lie within ±1e6; variances within [1e-6, 1e6].
 */
export function createMixture(spec: Readonly<Record<string, ComponentSpec>>): GaussianMixture {
  const entries = Object.entries(spec);
  if (entries.length === 0) throw new RangeError('a mixture needs at least one component');
  entries.forEach(([label, { weight }]) => {
    if (!(weight >= 0 && weight < Infinity)) throw new RangeError(`${label}.weight must be a finite number >= 0, got ${String(weight)}`);
  });
  const weights = normalizeWeights(entries.map(([, c]) => c.weight));
  const components = entries.map(([label, { mean, variance }], k): MixtureComponent => {
    if (mean.length !== 2) throw new RangeError(`${label}.mean must have 2 coordinates, got ${mean.length}`);
    mean.forEach((m, d) => {
      if (!(Math.abs(m) <= MEAN_LIMIT)) throw new RangeError(`${label}.mean[${d}] must be within ±${MEAN_LIMIT}, got ${String(m)}`);
    });
    const diagonal: Point = typeof variance === 'number' ? [variance, variance] : variance;
    if (diagonal.length !== 2) throw new RangeError(`${label}.variance must be a number or 2 numbers`);
    diagonal.forEach((v, d) => checkVariance(v, `${label}.variance[${d}]`));
    return { label, weight: weights[k] as number, mean: [mean[0], mean[1]], variance: [diagonal[0], diagonal[1]] };
  });
  return { components };
}

/** The position of a label in mixture.components; an unknown label throws a RangeError listing the known ones. */
export function componentIndex(mixture: GaussianMixture, label: string): number {
  const index = mixture.components.findIndex((c) => c.label === label);
  if (index < 0) {
    throw new RangeError(`unknown component "${label}"; known: ${mixture.components.map((c) => c.label).join(', ')}`);
  }
  return index;
}

/**
 * q_t(x) = Σ_k w_k N(x; √ᾱ μ_k, ᾱ Σ_k + (1 − ᾱ) I): noising a mixture gives another mixture, so its score is
 * exact. alphaBar = 1 is the data itself, alphaBar = 0 pure noise N(0, I).
 */
export function noisedMixture(mixture: GaussianMixture, alphaBar: number): GaussianMixture {
  if (!(alphaBar >= 0 && alphaBar <= 1)) throw new RangeError(`alphaBar must be in [0, 1], got ${String(alphaBar)}`);
  const scale = Math.sqrt(alphaBar);
  const noise = 1 - alphaBar;
  return {
    components: mixture.components.map(({ label, weight, mean, variance }) => ({
      label,
      weight,
      mean: [scale * mean[0], scale * mean[1]],
      variance: [alphaBar * variance[0] + noise, alphaBar * variance[1] + noise],
    })),
  };
}

function checkPoint(point: Point): Point {
  if (point.length !== 2) throw new RangeError(`a point has 2 coordinates, got ${point.length}`);
  assertFiniteNumber(point[0], 'point[0]');
  assertFiniteNumber(point[1], 'point[1]');
  return [clampCoordinate(point[0]), clampCoordinate(point[1])];
}

/**
 * Clamps a coordinate to ±1e100, as is done before every density or score evaluation. Far beyond any sample,
 * it keeps squared distances finite; there the density is 0 either way and the score still points home.
 */
export function clampCoordinate(x: number): number {
  return Math.min(COORDINATE_LIMIT, Math.max(-COORDINATE_LIMIT, x));
}

const LOG_2PI = Math.log(2 * Math.PI);

/** log w + log N(x; μ, Σ) on a checked point; -Infinity for a weight of 0. */
function logJoint({ weight, mean, variance }: MixtureComponent, x: Point): number {
  const dx = x[0] - mean[0];
  const dy = x[1] - mean[1];
  const quadratic = (dx * dx) / variance[0] + (dy * dy) / variance[1];
  return Math.log(weight) - LOG_2PI - 0.5 * Math.log(variance[0] * variance[1]) - 0.5 * quadratic;
}

function logJoints(mixture: GaussianMixture, x: Point): number[] {
  return mixture.components.map((component) => logJoint(component, x));
}

export function mixtureLogDensity(mixture: GaussianMixture, point: Point): number {
  return logSumExp(logJoints(mixture, checkPoint(point)));
}

/** The density; it underflows to 0 far from every component, where mixtureLogDensity stays finite. */
export function mixtureDensity(mixture: GaussianMixture, point: Point): number {
  return Math.exp(mixtureLogDensity(mixture, point));
}

/** P(component k | x), from the log joint with its maximum subtracted, so a far-away point still gets one. */
export function responsibilities(mixture: GaussianMixture, point: Point): number[] {
  const logs = logJoints(mixture, checkPoint(point));
  const logTotal = logSumExp(logs);
  return logs.map((l) => Math.exp(l - logTotal));
}

/**
 * ∇_x log p(x) = Σ_k P(k | x)·(−Σ_k⁻¹(x − μ_k)): each component's pull, weighted by how much it owns x.
 * Written as plain loops because the sampler calls it for every point at every step.
 */
export function mixtureScore(mixture: GaussianMixture, point: Point): Point {
  const x = checkPoint(point);
  const { components } = mixture;
  const logs: number[] = [];
  let max = -Infinity;
  for (const component of components) {
    const l = logJoint(component, x);
    logs.push(l);
    if (l > max) max = l;
  }
  // Weights relative to the largest term: that one is exactly 1, so the total is >= 1.
  let total = 0;
  let sx = 0;
  let sy = 0;
  for (let k = 0; k < components.length; k++) {
    const { mean, variance } = components[k] as MixtureComponent;
    const r = Math.exp((logs[k] as number) - max);
    total += r;
    sx -= (r * (x[0] - mean[0])) / variance[0];
    sy -= (r * (x[1] - mean[1])) / variance[1];
  }
  return [sx / total, sy / total];
}

/** ∇_x log N_k(x) = −Σ_k⁻¹(x − μ_k): the score conditioned on one label, as if only that component existed. */
export function componentScore(mixture: GaussianMixture, label: string, point: Point): Point {
  const { mean, variance } = mixture.components[componentIndex(mixture, label)] as MixtureComponent;
  const x = checkPoint(point);
  return [-(x[0] - mean[0]) / variance[0], -(x[1] - mean[1]) / variance[1]];
}

/** n draws (0 to 1,000,000): a component by weight, then a point from it; labels[i] names the component of points[i]. */
export function sampleMixture(mixture: GaussianMixture, n: number, rng: () => number): { points: Point[]; labels: string[] } {
  assertInteger(n, 'n', 0);
  if (n > 1_000_000) throw new RangeError(`n must be at most 1000000, got ${n}`);
  const points: Point[] = [];
  const labels: string[] = [];
  // Rounding can leave u just above the weights' running sum; it then falls to the last component that can be drawn.
  const last = mixture.components.findLastIndex((c) => c.weight > 0);
  for (let i = 0; i < n; i++) {
    let u = rng();
    let k = 0;
    while (k < last && u >= (mixture.components[k] as MixtureComponent).weight) u -= (mixture.components[k++] as MixtureComponent).weight;
    const { label, mean, variance } = mixture.components[k] as MixtureComponent;
    points.push([mean[0] + Math.sqrt(variance[0]) * gaussian(rng), mean[1] + Math.sqrt(variance[1]) * gaussian(rng)]);
    labels.push(label);
  }
  return { points, labels };
}
