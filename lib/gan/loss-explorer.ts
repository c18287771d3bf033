// What the loss explorer draws: the GAN loss terms against D's output, and the optimal discriminator for a data
// Gaussian against a movable generator Gaussian (Goodfellow et al. 2014, §3 and §4.1).

import { lossCurvePoint, valueFunction, type LossCurvePoint } from './loss';
import { gaussianDensity, jensenShannon, linspace, optimalDiscriminator, optimalValue } from './optimal';
import { assertFiniteNumber, assertPositive } from '@/lib/math/validate';

/** The data distribution of the second panel: the standard normal. */
export const DATA_MEAN = 0;
export const DATA_STD = 1;
/** The grid the densities are evaluated on: wide enough for a generator mean of ±3 with spread 3 to keep most of its mass. */
export const GRID_MIN = -8;
export const GRID_MAX = 8;
export const GRID_POINTS = 321;

/** −log 4, the value of the game when the generator matches the data (V with D = 1/2 on both sides). */
export const OPTIMAL_VALUE = valueFunction([0.5], [0.5]);

/**
 * The curves at D = 1/steps, 2/steps, …, 1 − 1/steps: the open interval, since at D = 0 and 1 the logarithms are only
 * finite because they are clamped, and their slopes would swamp the chart.
 */
export function lossCurveSeries(steps = 100): LossCurvePoint[] {
  if (!Number.isInteger(steps) || steps < 2 || steps > 10_000) {
    throw new RangeError(`steps must be a whole number in [2, 10000], got ${String(steps)}`);
  }
  return Array.from({ length: steps - 1 }, (_, i) => lossCurvePoint((i + 1) / steps));
}

/** A short segment of the tangent to y = value + slope·(x − at), cut to `halfWidth` either side and to [lo, hi] in x. */
export function tangentSegment(at: number, value: number, slope: number, halfWidth: number, lo = 0, hi = 1): [{ x: number; y: number }, { x: number; y: number }] {
  for (const [v, name] of [[at, 'at'], [value, 'value'], [slope, 'slope'], [lo, 'lo'], [hi, 'hi']] as const) assertFiniteNumber(v, name);
  assertPositive(halfWidth, 'halfWidth');
  const x0 = Math.max(lo, at - halfWidth);
  const x1 = Math.min(hi, at + halfWidth);
  return [
    { x: x0, y: value + slope * (x0 - at) },
    { x: x1, y: value + slope * (x1 - at) },
  ];
}

export interface GaussianPanel {
  xs: number[];
  pData: number[];
  pG: number[];
  /** D*(x) = p_data / (p_data + p_g) at each grid point. */
  dStar: number[];
  /** V(D*, G) = C(G) = −log 4 + 2·JSD. */
  value: number;
  jsd: number;
  /** How far V is above its minimum −log 4 (= 2·JSD). */
  gap: number;
}

/** The second panel for a generator N(mean, std²) against the data N(0, 1). */
export function gaussianPanel(mean: number, std: number): GaussianPanel {
  assertFiniteNumber(mean, 'mean');
  assertPositive(std, 'std');
  const xs = linspace(GRID_MIN, GRID_MAX, GRID_POINTS);
  const pData = gaussianDensity(xs, DATA_MEAN, DATA_STD);
  const pG = gaussianDensity(xs, mean, std);
  const value = optimalValue(pData, pG);
  return {
    xs,
    pData,
    pG,
    dStar: optimalDiscriminator(pData, pG),
    value,
    jsd: jensenShannon(pData, pG),
    gap: Math.max(0, value - OPTIMAL_VALUE),
  };
}

/**
 * How many times larger the non-saturating generator's gradient per logit is than the minimax one at D:
 * (1 − D) / D, above 1 wherever D < 1/2, that is wherever D leans towards calling the fake a fake.
 */
export function slopeRatio(d: number): number {
  const p = lossCurvePoint(d);
  if (p.log1mDPerLogit === 0) return Number.POSITIVE_INFINITY;
  return p.negLogDPerLogit / p.log1mDPerLogit;
}
