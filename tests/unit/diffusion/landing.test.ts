import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CAPTION_LABELS, captionMixture } from '@/lib/diffusion/caption-world';
import { landingIndices, landingShares, spread } from '@/lib/diffusion/landing';
import { createMixture, sampleMixture, type Point } from '@/lib/diffusion/mixture';
import { sampleDiffusion } from '@/lib/diffusion/sampler';
import { createRng } from '@/lib/math/random';

const mixture = captionMixture();
const fish = CAPTION_LABELS.indexOf('fish');

describe('the caption world', () => {
  it('has the four labelled components in order, weights summing to 1', () => {
    expect(mixture.components.map((c) => c.label)).toEqual([...CAPTION_LABELS]);
    expect(mixture.components.reduce((s, c) => s + c.weight, 0)).toBeCloseTo(1, 12);
    expect(mixture.components[fish]?.weight).toBeCloseTo(0.1, 12);
  });
});

describe('landing shares', () => {
  it('gives a point at a component mean to that component', () => {
    const points = mixture.components.map((c) => c.mean);
    expect(landingIndices(mixture, points)).toEqual([0, 1, 2, 3]);
    expect(landingShares(mixture, points)).toEqual([0.25, 0.25, 0.25, 0.25]);
  });

  it('gives zeros for no points and breaks ties toward the first component', () => {
    expect(landingShares(mixture, [])).toEqual([0, 0, 0, 0]);
    const twin = createMixture({ a: { weight: 1, mean: [0, 0], variance: 1 }, b: { weight: 1, mean: [0, 0], variance: 1 } });
    expect(landingIndices(twin, [[3, 3]])).toEqual([0]);
  });

  it('matches the mixture weights on data drawn from it, within sampling error', () => {
    const { points } = sampleMixture(mixture, 20_000, createRng(5));
    const shares = landingShares(mixture, points);
    // Overlap moves some points to a neighbour, so the shares sit near (not at) the weights.
    shares.forEach((share, k) => expect(Math.abs(share - (mixture.components[k]?.weight as number))).toBeLessThan(0.03));
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it('guidance toward fish raises its share from about its weight to nearly all', () => {
    const share = (s: number) => {
      const guidance = s === 0 ? undefined : { label: 'fish', weight: s - 1 };
      const final = sampleDiffusion({ mixture, count: 500, steps: 100, guidance }, createRng(1));
      return landingShares(mixture, final.points)[fish] as number;
    };
    const shares = [0, 1, 2, 4].map(share);
    expect(Math.abs((shares[0] as number) - 0.1)).toBeLessThan(0.04);
    expect(shares[1]).toBeGreaterThan(0.7);
    expect(shares[3]).toBeGreaterThan(0.98);
    for (let i = 1; i < shares.length; i++) expect(shares[i]).toBeGreaterThanOrEqual(shares[i - 1] as number);
  });

  it('guidance scale 0 (w = −1) is the unconditional sampler, draw for draw', () => {
    const plain = sampleDiffusion({ mixture, count: 50, steps: 20 }, createRng(9));
    const zero = sampleDiffusion({ mixture, count: 50, steps: 20, guidance: { label: 'fish', weight: -1 } }, createRng(9));
    zero.points.forEach((p, i) => {
      expect(p[0]).toBeCloseTo(plain.points[i]?.[0] as number, 10);
      expect(p[1]).toBeCloseTo(plain.points[i]?.[1] as number, 10);
    });
  });
});

describe('spread', () => {
  it('is the RMS distance from the centroid', () => {
    expect(spread([[1, 0], [-1, 0], [0, 1], [0, -1]])).toBeCloseTo(1, 12);
    expect(spread([[2, 3]])).toBe(0);
    expect(() => spread([])).toThrow(RangeError);
  });

  it('is finite and non-negative for any finite points', () => {
    const coord = fc.double({ min: -1e100, max: 1e100, noNaN: true });
    fc.assert(
      fc.property(fc.array(fc.tuple(coord, coord), { minLength: 1, maxLength: 20 }), (pts) => {
        const r = spread(pts as Point[]);
        expect(Number.isFinite(r) && r >= 0).toBe(true);
      }),
    );
  });
});

describe('guidanceFromScale', () => {
  it('maps GLIDE’s scale s to w = s − 1 and rejects bad scales', async () => {
    const { guidanceFromScale } = await import('@/lib/diffusion/sampler');
    expect(guidanceFromScale('fish', 0)).toEqual({ label: 'fish', weight: -1 });
    expect(guidanceFromScale('fish', 3)).toEqual({ label: 'fish', weight: 2 });
    expect(() => guidanceFromScale('fish', -0.1)).toThrow(/guidance scale/);
    expect(() => guidanceFromScale('fish', Number.NaN)).toThrow(/guidance scale/);
  });
});
