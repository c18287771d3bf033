import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from '@/lib/math/random';
import {
  componentIndex,
  componentScore,
  createMixture,
  mixtureDensity,
  mixtureLogDensity,
  mixtureScore,
  noisedMixture,
  responsibilities,
  sampleMixture,
  type Point,
} from '@/lib/diffusion/mixture';

const spec = Object.freeze({
  cat: Object.freeze({ weight: 5, mean: Object.freeze([-2, 0] as const), variance: 0.15 }),
  dog: Object.freeze({ weight: 3, mean: Object.freeze([2, 1] as const), variance: Object.freeze([0.2, 0.1] as const) }),
  bird: Object.freeze({ weight: 2, mean: Object.freeze([0, 2.5] as const), variance: 0.1 }),
});
const mixture = createMixture(spec);
const finitePoint = fc.tuple(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.double({ noNaN: true, noDefaultInfinity: true }));

/** Midpoint-rule integral of f over the square [-L, L]², n cells a side. */
function integrate(f: (x: number, y: number) => number, L: number, n: number): number {
  const h = (2 * L) / n;
  let total = 0;
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) total += f(-L + (i + 0.5) * h, -L + (j + 0.5) * h);
  return total * h * h;
}

describe('createMixture', () => {
  it('keeps the labels in order, normalises weights and expands isotropic variances', () => {
    expect(mixture.components.map((c) => c.label)).toEqual(['cat', 'dog', 'bird']);
    expect(mixture.components.map((c) => c.weight)).toEqual([0.5, 0.3, 0.2]);
    expect(mixture.components[0]?.variance).toEqual([0.15, 0.15]);
    expect(mixture.components[1]?.variance).toEqual([0.2, 0.1]);
    expect(componentIndex(mixture, 'bird')).toBe(2);
  });

  it('rejects empty, zero-weight, badly shaped or out-of-range components', () => {
    expect(() => createMixture({})).toThrow(/at least one component/);
    expect(() => createMixture({ a: { weight: 0, mean: [0, 0], variance: 1 } })).toThrow(/positive/);
    expect(() => createMixture({ a: { weight: 1, mean: [0, 0], variance: 1 }, b: { weight: -1, mean: [0, 0], variance: 1 } })).toThrow(/b.weight/);
    expect(() => createMixture({ a: { weight: 1, mean: [0, 1e7], variance: 1 } })).toThrow(/a.mean\[1\]/);
    expect(() => createMixture({ a: { weight: 1, mean: [0, Number.NaN], variance: 1 } })).toThrow(/a.mean\[1\]/);
    expect(() => createMixture({ a: { weight: 1, mean: [0, 0], variance: 0 } })).toThrow(/a.variance\[0\]/);
    expect(() => createMixture({ a: { weight: 1, mean: [0, 0], variance: [1, 1e9] } })).toThrow(/a.variance\[1\]/);
    expect(() => createMixture({ a: { weight: 1, mean: [0, 0, 0] as unknown as Point, variance: 1 } })).toThrow(/2 coordinates/);
    expect(() => componentIndex(mixture, 'fish')).toThrow(/unknown component "fish"; known: cat, dog, bird/);
  });
});

describe('density', () => {
  it('integrates to 1 and matches a single Gaussian by hand', () => {
    expect(integrate((x, y) => mixtureDensity(mixture, [x, y]), 6, 150)).toBeCloseTo(1, 4);
    const one = createMixture({ only: { weight: 1, mean: [1, -1], variance: [2, 0.5] } });
    expect(mixtureLogDensity(one, [2, 0])).toBeCloseTo(-Math.log(2 * Math.PI) - 0.5 * Math.log(1) - 0.5 * (1 / 2 + 1 / 0.5), 12);
  });

  it('stays finite far away, where the density itself underflows to 0', () => {
    expect(mixtureDensity(mixture, [1e300, -1e300])).toBe(0);
    expect(Number.isFinite(mixtureLogDensity(mixture, [1e300, -1e300]))).toBe(true);
  });
});

describe('responsibilities and scores', () => {
  it('gives responsibilities that sum to 1, even for a point far from everything', () => {
    fc.assert(
      fc.property(finitePoint, (point) => {
        const r = responsibilities(mixture, point);
        expect(r.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
        expect(r.every((x) => x >= 0 && x <= 1)).toBe(true);
      }),
    );
    expect(responsibilities(mixture, [-2, 0])[0]).toBeGreaterThan(0.999);
  });

  it('gives the score as the gradient of the log density (finite differences)', () => {
    fc.assert(
      fc.property(fc.double({ min: -4, max: 4, noNaN: true }), fc.double({ min: -3, max: 4, noNaN: true }), (x, y) => {
        const h = 1e-5;
        const dx = (mixtureLogDensity(mixture, [x + h, y]) - mixtureLogDensity(mixture, [x - h, y])) / (2 * h);
        const dy = (mixtureLogDensity(mixture, [x, y + h]) - mixtureLogDensity(mixture, [x, y - h])) / (2 * h);
        const [sx, sy] = mixtureScore(mixture, [x, y]);
        expect(sx).toBeCloseTo(dx, 3);
        expect(sy).toBeCloseTo(dy, 3);
      }),
    );
  });

  it('gives one component’s own score for a label', () => {
    expect(componentScore(mixture, 'dog', [3, 1.5])).toEqual([-1 / 0.2, -0.5 / 0.1]);
  });

  it('returns finite scores for any finite point', () => {
    fc.assert(
      fc.property(finitePoint, (point) => {
        expect(mixtureScore(mixture, point).every(Number.isFinite)).toBe(true);
        expect(componentScore(mixture, 'cat', point).every(Number.isFinite)).toBe(true);
      }),
    );
  });

  it('rejects non-finite points', () => {
    expect(() => mixtureScore(mixture, [Number.NaN, 0])).toThrow(/point\[0\]/);
    expect(() => responsibilities(mixture, [0, Infinity])).toThrow(/point\[1\]/);
  });
});

describe('noisedMixture', () => {
  it('is the data at ᾱ = 1 and N(0, I) at ᾱ = 0', () => {
    expect(noisedMixture(mixture, 1)).toEqual(mixture);
    for (const c of noisedMixture(mixture, 0).components) {
      expect(Math.abs(c.mean[0]) + Math.abs(c.mean[1])).toBe(0);
      expect(c.variance).toEqual([1, 1]);
    }
    expect(() => noisedMixture(mixture, 1.5)).toThrow(/alphaBar/);
  });

  it('equals the data density convolved with the forward kernel N(x; √ᾱ x0, (1 − ᾱ) I)', () => {
    const alphaBar = 0.6;
    const noised = noisedMixture(mixture, alphaBar);
    for (const x of [[0.3, 0.7], [-1.5, 0.2]] as const) {
      const kernel = (x0: number, y0: number) => {
        const d2 = (x[0] - Math.sqrt(alphaBar) * x0) ** 2 + (x[1] - Math.sqrt(alphaBar) * y0) ** 2;
        return Math.exp(-d2 / (2 * (1 - alphaBar))) / (2 * Math.PI * (1 - alphaBar));
      };
      const convolved = integrate((x0, y0) => mixtureDensity(mixture, [x0, y0]) * kernel(x0, y0), 6, 150);
      expect(mixtureDensity(noised, x) / convolved).toBeCloseTo(1, 4);
    }
  });
});

describe('sampleMixture', () => {
  it('draws each label about as often as its weight, around its mean, with its variance', () => {
    const { points, labels } = sampleMixture(mixture, 20_000, createRng(7));
    mixture.components.forEach(({ label, weight, mean, variance }) => {
      const mine = points.filter((_, i) => labels[i] === label);
      expect(mine.length / points.length).toBeCloseTo(weight, 1.7);
      for (const d of [0, 1] as const) {
        const m = mine.reduce((s, p) => s + p[d], 0) / mine.length;
        const v = mine.reduce((s, p) => s + (p[d] - m) ** 2, 0) / (mine.length - 1);
        expect(m).toBeCloseTo(mean[d], 1);
        expect(v / variance[d]).toBeCloseTo(1, 0.8);
      }
    });
  });

  it('is deterministic for a seed and never draws a zero-weight component', () => {
    expect(sampleMixture(mixture, 50, createRng(3))).toEqual(sampleMixture(mixture, 50, createRng(3)));
    const lopsided = createMixture({ a: { weight: 1, mean: [0, 0], variance: 1 }, b: { weight: 0, mean: [5, 5], variance: 1 } });
    expect(sampleMixture(lopsided, 500, createRng(1)).labels.every((l) => l === 'a')).toBe(true);
    expect(sampleMixture(mixture, 0, createRng(1))).toEqual({ points: [], labels: [] });
    expect(() => sampleMixture(mixture, -1, createRng(1))).toThrow(/n must/);
  });
});
