import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from '@/lib/math/random';
import { createMixture, type GaussianMixture, type Point } from '@/lib/diffusion/mixture';
import { advance, createSampler, sampleDiffusion } from '@/lib/diffusion/sampler';
import { createSchedule, linearBetaSchedule } from '@/lib/diffusion/schedule';

const mixture = createMixture({
  cat: { weight: 0.5, mean: [-2, 0], variance: 0.15 },
  dog: { weight: 0.3, mean: [2, 1], variance: [0.2, 0.1] },
  bird: { weight: 0.2, mean: [0, 2.5], variance: 0.1 },
});

/** Assigns each point to its nearest component mean; returns the share and the mean position of each group. */
function assign(m: GaussianMixture, points: readonly Point[]): { share: number; centre: Point }[] {
  const groups = m.components.map(() => ({ n: 0, x: 0, y: 0 }));
  for (const p of points) {
    let best = 0;
    m.components.forEach((c, k) => {
      const d = (p[0] - c.mean[0]) ** 2 + (p[1] - c.mean[1]) ** 2;
      const b = m.components[best] as (typeof m.components)[number];
      if (d < (p[0] - b.mean[0]) ** 2 + (p[1] - b.mean[1]) ** 2) best = k;
    });
    const g = groups[best] as { n: number; x: number; y: number };
    g.n += 1;
    g.x += p[0];
    g.y += p[1];
  }
  return groups.map((g) => ({ share: g.n / points.length, centre: [g.x / Math.max(g.n, 1), g.y / Math.max(g.n, 1)] }));
}

describe('DDPM sampling with the exact score', () => {
  it('reproduces the mixture weights and component means from pure noise (2,000 points, 200 steps)', () => {
    const final = sampleDiffusion({ mixture, count: 2000, steps: 200 }, createRng(1));
    expect(final.done).toBe(true);
    expect(final.t).toBe(0);
    assign(mixture, final.points).forEach(({ share, centre }, k) => {
      const { weight, mean } = mixture.components[k] as (typeof mixture.components)[number];
      expect(Math.abs(share - weight)).toBeLessThan(0.04);
      expect(Math.hypot(centre[0] - mean[0], centre[1] - mean[1])).toBeLessThan(0.1);
    });
  });

  it('works with the posterior variance β̃ and a full-length custom schedule', () => {
    const final = sampleDiffusion({ mixture, count: 1000, schedule: linearBetaSchedule(100, 1e-3, 0.2), variance: 'posterior' }, createRng(2));
    expect(final.stepsDone).toBe(100);
    assign(mixture, final.points).forEach(({ share }, k) => {
      expect(Math.abs(share - (mixture.components[k]?.weight as number))).toBeLessThan(0.05);
    });
  });

  it('lands nearly all points in the chosen component with guidance w = 5', () => {
    const final = sampleDiffusion({ mixture, count: 1000, steps: 100, guidance: { label: 'bird', weight: 5 } }, createRng(3));
    expect(assign(mixture, final.points)[2]?.share).toBeGreaterThanOrEqual(0.95);
  });

  it('gives the same points however the run is sliced', () => {
    const config = { mixture, count: 50, steps: 40, guidance: { label: 'dog', weight: 1 } };
    const whole = sampleDiffusion(config, createRng(9));
    const rng = createRng(9);
    let state = createSampler(config, rng);
    for (const slice of [0, 7, 7, 13, 1, 100]) state = advance(state, slice, rng);
    expect(state.points).toEqual(whole.points);
    expect(advance(state, 5, rng)).toEqual(state);
  });

  it('keeps snapshots every m-th step, plus the start and the end', () => {
    const rng = createRng(4);
    const start = createSampler({ mixture, count: 10, steps: 200, snapshotEvery: 50 }, rng);
    const halfway = advance(start, 100, rng);
    expect(halfway.done).toBe(false);
    expect(halfway.t).toBe(500);
    expect(halfway.snapshots.map((s) => s.t)).toEqual([1000, 750, 500]);
    const final = advance(halfway, 100, rng);
    expect(final.snapshots.map((s) => s.t)).toEqual([1000, 750, 500, 250, 0]);
    expect(final.snapshots[0]?.points).toEqual(start.points);
    expect(final.snapshots.at(-1)?.points).toEqual(final.points);
    expect(advance(createSampler({ mixture, count: 3, steps: 7, snapshotEvery: 5 }, rng), 7, rng).snapshots.map((s) => s.t)).toHaveLength(3);
  });

  it('holds only plain data, so a state can cross to or from a Web Worker', () => {
    const state = advance(createSampler({ mixture, count: 5, steps: 10 }, createRng(1)), 3, createRng(2));
    expect(structuredClone(state)).toEqual(state);
  });

  it('stays finite for extreme mixtures, guidance and schedules', () => {
    const harsh = createSchedule(new Array(20).fill(0.999999));
    fc.assert(
      fc.property(
        fc.tuple(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: -1e6, max: 1e6, noNaN: true })),
        fc.double({ min: 1e-6, max: 1e6, noNaN: true }),
        fc.double({ min: -1, max: 1000, noNaN: true }),
        fc.boolean(),
        (mean, variance, weight, useHarsh) => {
          const m = createMixture({ a: { weight: 1, mean, variance }, b: { weight: 1, mean: [0, 0], variance: 1e-6 } });
          const schedule = useHarsh ? harsh : linearBetaSchedule(50);
          const final = sampleDiffusion({ mixture: m, schedule, steps: 10, count: 4, guidance: { label: 'a', weight } }, createRng(0));
          expect(final.points.every((p) => Number.isFinite(p[0]) && Number.isFinite(p[1]))).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('rejects bad settings with a message naming them', () => {
    const rng = createRng(1);
    expect(() => createSampler({ mixture, count: 0 }, rng)).toThrow(/count/);
    expect(() => createSampler({ mixture, count: 1e6 }, rng)).toThrow(/count must be at most/);
    expect(() => createSampler({ mixture, count: 1, steps: 1001 }, rng)).toThrow(/steps/);
    expect(() => createSampler({ mixture, count: 1, guidance: { label: 'fish', weight: 1 } }, rng)).toThrow(/unknown component/);
    expect(() => createSampler({ mixture, count: 1, guidance: { label: 'cat', weight: -1.5 } }, rng)).toThrow(/guidance weight/);
    expect(() => createSampler({ mixture, count: 1, guidance: { label: 'cat', weight: Number.NaN } }, rng)).toThrow(/guidance weight/);
    expect(() => createSampler({ mixture, count: 1, variance: 'tiny' as 'beta' }, rng)).toThrow(/variance/);
    expect(() => createSampler({ mixture, count: 1, snapshotEvery: 0.5 }, rng)).toThrow(/snapshotEvery/);
    expect(() => advance(createSampler({ mixture, count: 1 }, rng), -1, rng)).toThrow(/nSteps/);
  });
});
