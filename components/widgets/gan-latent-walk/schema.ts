// The latent walk's URL parameters (`?latent.data=moons&latent.z1=0.5&latent.z2=-0.2#generator`).
import type { GanConfig } from '@/lib/gan/gan-config';
import type { Schema, Values } from '@/lib/url-state';

export const NAMESPACE = 'latent';
export const LATENT_DATASETS = ['ring', 'moons', 'gaussian', 'line'] as const;
export const MAX_STEPS = 20_000;
/** Whose generator to walk: this widget's own toy GAN, or the trainer's current one (same page, #training). */
export const LATENT_SOURCES = ['own', 'trainer'] as const;

export const latentSchema = {
  from: { kind: 'enum', values: LATENT_SOURCES, default: 'own' },
  data: { kind: 'enum', values: LATENT_DATASETS, default: 'ring' },
  steps: { kind: 'number', min: 0, max: MAX_STEPS, default: 3000, integer: true },
  seed: { kind: 'number', min: 0, max: 999_999, default: 1, integer: true },
  z1: { kind: 'number', min: -1, max: 1, default: 0 },
  z2: { kind: 'number', min: -1, max: 1, default: 0 },
} as const satisfies Schema;

export type LatentValues = Values<typeof latentSchema>;

/** The toy generator uses the trainer's default nets and rates, with 2-D noise so there is a plane to walk. */
export function latentConfig(values: LatentValues): Partial<GanConfig> {
  return { dataset: values.data as GanConfig['dataset'], seed: values.seed, noiseDim: 2 };
}
