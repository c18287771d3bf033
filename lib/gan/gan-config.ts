// The settings of the live GAN trainer: defaults, and a check that turns partial settings (a reader's, a URL's) into whole ones.

import { ACTIVATIONS, type Activation } from './mlp';
import { assertDatasetName, flattenPoints, type DatasetName } from './datasets';
import { assertFiniteNumber, assertInteger } from '@/lib/math/validate';

export type LossType = 'minimax' | 'non-saturating';

export const LOSS_TYPES: readonly LossType[] = Object.freeze(['minimax', 'non-saturating']);

export interface GanConfig {
  dataset: DatasetName;
  /** The reader's points for the 'drawn' data set, as (x, y) pairs; ignored by the other data sets. */
  drawnPoints: readonly (readonly number[])[];
  /** Noise is uniform on [−1, 1]^noiseDim, so the noise grid a widget warps is that square (or segment). */
  noiseDim: 1 | 2;
  gHidden: readonly number[];
  dHidden: readonly number[];
  activation: Activation;
  lossType: LossType;
  dLearningRate: number;
  gLearningRate: number;
  /** k in Goodfellow's Algorithm 1 (the paper used k = 1). */
  dStepsPerGStep: number;
  batchSize: number;
  seed: number;
}

export const LIMITS = Object.freeze({
  maxHiddenLayers: 4,
  maxWidth: 128,
  maxBatch: 1024,
  maxDSteps: 20,
  maxLearningRate: 1,
});

/**
 * Two hidden layers of 16 with leaky ReLU learn the moons and most of the ring's modes within a few thousand
 * rounds, at about 2,000 rounds a second in Node. The learning rates are larger than DCGAN's 2e-4 so a reader sees
 * progress in seconds, and D's is five times G's (a two time-scale update, Heusel et al. 2017), which in our runs
 * damped the oscillation that equal rates showed on every data set.
 */
export const DEFAULT_GAN_CONFIG: Readonly<GanConfig> = Object.freeze({
  dataset: 'ring',
  drawnPoints: Object.freeze([]),
  noiseDim: 2,
  gHidden: Object.freeze([16, 16]),
  dHidden: Object.freeze([16, 16]),
  activation: 'leaky-relu',
  lossType: 'non-saturating',
  dLearningRate: 0.005,
  gLearningRate: 0.001,
  dStepsPerGStep: 1,
  batchSize: 64,
  seed: 1,
} satisfies GanConfig);

function checkHidden(widths: readonly number[], name: string): number[] {
  if (!Array.isArray(widths) || widths.length > LIMITS.maxHiddenLayers) {
    throw new RangeError(`${name} must list at most ${LIMITS.maxHiddenLayers} layer widths`);
  }
  widths.forEach((w, i) => {
    assertInteger(w, `${name}[${i}]`, 1);
    if (w > LIMITS.maxWidth) throw new RangeError(`${name}[${i}] must be at most ${LIMITS.maxWidth}, got ${w}`);
  });
  return [...widths];
}

function checkRate(rate: number, name: string): number {
  if (!(rate > 0 && rate <= LIMITS.maxLearningRate)) {
    throw new RangeError(`${name} must be in (0, ${LIMITS.maxLearningRate}], got ${String(rate)}`);
  }
  return rate;
}

function checkWhole(x: number, name: string, max: number): number {
  assertInteger(x, name, 1);
  if (x > max) throw new RangeError(`${name} must be at most ${max}, got ${x}`);
  return x;
}

/** Fills gaps from the defaults and checks every field; a bad field throws a RangeError that names it. */
export function resolveGanConfig(partial: Partial<GanConfig> = {}): GanConfig {
  const c = { ...DEFAULT_GAN_CONFIG, ...partial };
  assertDatasetName(c.dataset);
  if (c.dataset === 'drawn') flattenPoints(c.drawnPoints);
  if (c.noiseDim !== 1 && c.noiseDim !== 2) throw new RangeError(`noiseDim must be 1 or 2, got ${String(c.noiseDim)}`);
  if (!ACTIVATIONS.includes(c.activation)) {
    throw new RangeError(`activation must be one of ${ACTIVATIONS.join(', ')}, got ${String(c.activation)}`);
  }
  if (!LOSS_TYPES.includes(c.lossType)) {
    throw new RangeError(`lossType must be one of ${LOSS_TYPES.join(', ')}, got ${String(c.lossType)}`);
  }
  assertFiniteNumber(c.seed, 'seed');
  return {
    dataset: c.dataset,
    drawnPoints: c.drawnPoints.map((p) => [...p]),
    noiseDim: c.noiseDim,
    gHidden: checkHidden(c.gHidden, 'gHidden'),
    dHidden: checkHidden(c.dHidden, 'dHidden'),
    activation: c.activation,
    lossType: c.lossType,
    dLearningRate: checkRate(c.dLearningRate, 'dLearningRate'),
    gLearningRate: checkRate(c.gLearningRate, 'gLearningRate'),
    dStepsPerGStep: checkWhole(c.dStepsPerGStep, 'dStepsPerGStep', LIMITS.maxDSteps),
    batchSize: checkWhole(c.batchSize, 'batchSize', LIMITS.maxBatch),
    seed: c.seed,
  };
}
