// The GAN trainer's URL parameters (`?gan.data=ring&gan.loss=minimax&gan.glr=0.005#training`); drawn points
// ride in `gan.pts` as "x,y;x,y".
import { DATASET_NAMES, DEFAULT_BOUNDS } from '@/lib/gan/datasets';
import { DEFAULT_GAN_CONFIG, LIMITS, LOSS_TYPES, type GanConfig } from '@/lib/gan/gan-config';
import { parsePoints } from '@/lib/gan/points-param';
import type { Schema, Values } from '@/lib/url-state';

export const NAMESPACE = 'gan';
export const POINTS_PARAM = `${NAMESPACE}.pts`;
export const MIN_RATE = 0.00001;

export const ganSchema = {
  data: { kind: 'enum', values: DATASET_NAMES, default: DEFAULT_GAN_CONFIG.dataset },
  loss: { kind: 'enum', values: LOSS_TYPES, default: DEFAULT_GAN_CONFIG.lossType },
  dlr: { kind: 'number', min: MIN_RATE, max: LIMITS.maxLearningRate, default: DEFAULT_GAN_CONFIG.dLearningRate },
  glr: { kind: 'number', min: MIN_RATE, max: LIMITS.maxLearningRate, default: DEFAULT_GAN_CONFIG.gLearningRate },
  k: { kind: 'number', min: 1, max: LIMITS.maxDSteps, default: DEFAULT_GAN_CONFIG.dStepsPerGStep, integer: true },
  batch: { kind: 'number', min: 1, max: LIMITS.maxBatch, default: DEFAULT_GAN_CONFIG.batchSize, integer: true },
  layers: { kind: 'number', min: 1, max: LIMITS.maxHiddenLayers, default: DEFAULT_GAN_CONFIG.gHidden.length, integer: true },
  width: { kind: 'number', min: 1, max: LIMITS.maxWidth, default: DEFAULT_GAN_CONFIG.gHidden[0] as number, integer: true },
  noise: { kind: 'number', min: 1, max: 2, default: DEFAULT_GAN_CONFIG.noiseDim, integer: true },
  seed: { kind: 'number', min: 0, max: 999_999, default: DEFAULT_GAN_CONFIG.seed, integer: true },
} as const satisfies Schema;

export type GanValues = Values<typeof ganSchema>;

/** The number settings a reader types, in the order the form shows them. */
export const numberFields = ['dlr', 'glr', 'k', 'batch', 'layers', 'width', 'seed'] as const;
export type NumberField = (typeof numberFields)[number];

export const isPointsParam = (text: string): boolean => parsePoints(text, DEFAULT_BOUNDS) !== null;

/** The trainer's settings for the URL values and drawn points. */
export function configFrom(values: GanValues, points: readonly (readonly number[])[]): Partial<GanConfig> {
  const hidden = Array.from({ length: values.layers }, () => values.width);
  return {
    dataset: values.data as GanConfig['dataset'],
    drawnPoints: points.map((p) => [...p]),
    noiseDim: values.noise === 1 ? 1 : 2,
    gHidden: hidden,
    dHidden: hidden,
    lossType: values.loss as GanConfig['lossType'],
    dLearningRate: values.dlr,
    gLearningRate: values.glr,
    dStepsPerGStep: values.k,
    batchSize: values.batch,
    seed: values.seed,
  };
}
