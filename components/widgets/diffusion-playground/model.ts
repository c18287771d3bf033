// Every number the diffusion playground shows, computed from lib/diffusion for one setting.
import { captionMixture } from '@/lib/diffusion/caption-world';
import { noiseBatch } from '@/lib/diffusion/forward';
import { landingIndices, landingShares, spread } from '@/lib/diffusion/landing';
import { sampleMixture, type Point } from '@/lib/diffusion/mixture';
import { alphaBarAt, linearBetaSchedule, type NoiseSchedule } from '@/lib/diffusion/schedule';
import { createRng } from '@/lib/math/random';
import { T } from './schema';

export const mixture = captionMixture();

export function scheduleFor(bstart: number, bend: number): NoiseSchedule {
  return linearBetaSchedule(T, bstart, bend);
}

export type ForwardView = {
  readonly points: readonly Point[];
  /** Index of each point's source component. */
  readonly sources: readonly number[];
  readonly alphaBar: number;
  readonly signal: number;
  readonly noise: number;
  /** ᾱ_T: how much of x_0 is left at the end, which the sampler assumes is none. */
  readonly alphaBarEnd: number;
};

/** x_0 from the mixture (seed), then x_t by the closed form (seed + 1, so t does not change x_0). */
export function forwardView(schedule: NoiseSchedule, t: number, n: number, seed: number): ForwardView {
  const data = sampleMixture(mixture, n, createRng(seed));
  const labels = mixture.components.map((c) => c.label);
  const { points } = noiseBatch(data.points, schedule, t, createRng(seed + 1));
  const alphaBar = alphaBarAt(schedule, t);
  return {
    points,
    sources: data.labels.map((l) => labels.indexOf(l)),
    alphaBar,
    signal: Math.sqrt(alphaBar),
    noise: Math.sqrt(1 - alphaBar),
    alphaBarEnd: alphaBarAt(schedule, T),
  };
}

export type Landing = { readonly shares: readonly number[]; readonly indices: readonly number[]; readonly spread: number };

export function landing(points: readonly Point[]): Landing {
  return { shares: landingShares(mixture, points), indices: landingIndices(mixture, points), spread: spread(points) };
}
