// One frame of the live GAN trainer, computed between training rounds: D over the plane, G's warped noise grid,
// generated points, the divergence estimate and, on the ring, how many of its modes the generator covers.

import { DEFAULT_BOUNDS, RING, type Bounds } from './datasets';
import { divergenceEstimate } from './divergence';
import { discriminatorGrid, generate, generatorMapping, realSample, VIEW_SEEDS } from './gan-views';
import { generatorPush } from './push';
import type { GanState } from './trainer';
import { assertFiniteMatrix, assertInteger } from '@/lib/math/validate';

export interface SnapshotOptions {
  bounds: Bounds;
  /** Heat-map cells per axis. */
  resolution: number;
  /** Noise-grid ticks per axis. */
  gridSize: number;
  /** Generated points drawn (and used for the divergence). */
  points: number;
  /** Histogram cells per axis for the divergence. */
  bins: number;
  /** How many of the generated points (the first ones) get a push arrow. */
  pushPoints: number;
}

export const DEFAULT_SNAPSHOT_OPTIONS: Readonly<SnapshotOptions> = Object.freeze({
  bounds: DEFAULT_BOUNDS,
  resolution: 48,
  gridSize: 15,
  points: 1000,
  bins: 20,
  pushPoints: 80,
});

export interface GanSnapshot {
  iteration: number;
  dLoss: number;
  gLoss: number;
  /** D(x) in [0, 1], row-major from (xMin, yMin): `resolution`² values for 2-D data, `resolution` for 1-D. */
  heat: number[];
  resolution: number;
  /** G's image of the noise grid as polylines (rows then columns; one line for 1-D noise). */
  lines: number[][][];
  fake: number[][];
  /** −∂ℓ_G/∂x at the first `pushPoints` generated points: where the generator's loss pushes them. */
  push: number[][];
  /** Jensen–Shannon divergence (nats) between histograms of `real` and `fake`. */
  divergence: number;
  /** Ring modes with at least 2% of the generated points within 0.25 of their centre; null for other data sets. */
  modesCovered: number | null;
}

/** Radius around a ring mode's centre within which a generated point counts for that mode (5 × its spread). */
export const MODE_RADIUS = 0.25;
/** Share of the points a mode needs to count as covered. */
export const MODE_SHARE = 0.02;

/** How many of the ring's modes hold at least MODE_SHARE of `points` within MODE_RADIUS of their centre. */
export function ringModesCovered(points: readonly (readonly number[])[]): number {
  if (points.length === 0) return 0;
  assertFiniteMatrix(points, 'points');
  const counts = new Array<number>(RING.modes).fill(0);
  for (const p of points) {
    for (let k = 0; k < RING.modes; k++) {
      const a = (2 * Math.PI * k) / RING.modes;
      if (Math.hypot((p[0] as number) - RING.radius * Math.cos(a), (p[1] ?? 0) - RING.radius * Math.sin(a)) < MODE_RADIUS) {
        counts[k] = (counts[k] as number) + 1;
      }
    }
  }
  return counts.filter((c) => c >= MODE_SHARE * points.length).length;
}

/**
 * Everything a frame shows. `real` is the fixed real sample the divergence compares against (draw it once per
 * run with `realSample`); the fake points come from fixed noise, so frames differ only because G changed.
 */
export function ganSnapshot(state: GanState, real: readonly (readonly number[])[], options: SnapshotOptions = DEFAULT_SNAPSHOT_OPTIONS): GanSnapshot {
  assertInteger(options.points, 'points', 1);
  const grid = discriminatorGrid(state, options.bounds, options.resolution);
  const fake = generate(state, options.points, VIEW_SEEDS.fake);
  const mapping = generatorMapping(state, options.gridSize);
  return {
    iteration: state.iteration,
    dLoss: state.dLoss,
    gLoss: state.gLoss,
    heat: grid.values.flat(),
    resolution: options.resolution,
    lines: mapping.lines,
    fake,
    push: generatorPush(state, fake.slice(0, Math.min(options.pushPoints, fake.length))),
    divergence: divergenceEstimate(real, fake, options.bounds, options.bins),
    modesCovered: state.config.dataset === 'ring' ? ringModesCovered(fake) : null,
  };
}

/** The real sample a run's frames compare against: `n` points drawn with the fixed view seed. */
export function snapshotReal(state: GanState, n: number = DEFAULT_SNAPSHOT_OPTIONS.points): number[][] {
  return realSample(state, n, VIEW_SEEDS.real);
}
