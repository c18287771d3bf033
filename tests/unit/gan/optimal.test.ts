import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  gaussianDensity,
  gridValue,
  jensenShannon,
  linspace,
  optimalDiscriminator,
  optimalValue,
} from '@/lib/gan/optimal';

const xs = Object.freeze(linspace(-6, 6, 601));
const density = (mean: number, std: number): number[] => Object.freeze(gaussianDensity(xs, mean, std)) as number[];

describe('the optimal discriminator (Goodfellow et al. 2014, Prop. 1 and Thm. 1)', () => {
  it('is 1/2 everywhere and gives V = −log 4 and JSD = 0 when p_g = p_data', () => {
    const p = density(0.5, 1);
    for (const d of optimalDiscriminator(p, p)) expect(d).toBeCloseTo(0.5, 12);
    expect(optimalValue(p, p)).toBeCloseTo(-Math.log(4), 10);
    expect(jensenShannon(p, p)).toBeCloseTo(0, 12);
  });

  it('is p_data / (p_data + p_g) at each point', () => {
    const d = optimalDiscriminator([1, 3, 0], [1, 1, 2]);
    // Masses after normalising: p = (1/4, 3/4, 0), q = (1/4, 1/4, 1/2).
    expect(d[0]).toBeCloseTo(0.5, 12);
    expect(d[1]).toBeCloseTo(0.75, 12);
    expect(d[2]).toBe(0);
  });

  it('answers 1/2 where neither density has mass', () => {
    expect(optimalDiscriminator([1, 0], [1, 0])[1]).toBe(0.5);
  });

  it('satisfies C(G) = −log 4 + 2·JSD for any two Gaussians', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -2, max: 2, noNaN: true }),
        fc.double({ min: 0.3, max: 1.5, noNaN: true }),
        fc.double({ min: -2, max: 2, noNaN: true }),
        fc.double({ min: 0.3, max: 1.5, noNaN: true }),
        (m1, s1, m2, s2) => {
          const p = gaussianDensity(xs, m1, s1);
          const q = gaussianDensity(xs, m2, s2);
          return Math.abs(optimalValue(p, q) - (-Math.log(4) + 2 * jensenShannon(p, q))) < 1e-9;
        },
      ),
      { numRuns: 50 },
    );
  });

  it('beats every other discriminator on the grid', () => {
    const coarse = linspace(-4, 4, 41);
    const p = gaussianDensity(coarse, -1, 0.7);
    const q = gaussianDensity(coarse, 1, 1.2);
    const dStar = optimalDiscriminator(p, q);
    const best = optimalValue(p, q);
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 41, maxLength: 41 }), (d) => {
        return gridValue(d, p, q) <= best + 1e-12;
      }),
    );
    // Nudging D* anywhere, either way, lowers V.
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), fc.constantFrom(-0.01, 0.01), (i, delta) => {
        const d = [...dStar];
        d[i] = Math.min(1, Math.max(0, (d[i] as number) + delta));
        return gridValue(d, p, q) <= best;
      }),
    );
    expect(gridValue(new Array<number>(41).fill(0.5), p, q)).toBeCloseTo(-Math.log(4), 12);
  });

  it('gives JSD = log 2 and V = 0 for densities that do not overlap', () => {
    expect(jensenShannon([1, 1, 0, 0], [0, 0, 2, 5])).toBeCloseTo(Math.LN2, 12);
    expect(optimalValue([1, 1, 0, 0], [0, 0, 2, 5])).toBeCloseTo(0, 9);
  });

  it('keeps JSD symmetric and within [0, log 2]', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: 0, max: 1e300, noNaN: true }), fc.double({ min: 0, max: 10, noNaN: true })), {
          minLength: 1,
          maxLength: 30,
        }),
        (pairs) => {
          const p = [...pairs.map((x) => x[0]), 1];
          const q = [...pairs.map((x) => x[1]), 1];
          const a = jensenShannon(p, q);
          return a >= 0 && a <= Math.LN2 && Math.abs(a - jensenShannon(q, p)) < 1e-12;
        },
      ),
    );
  });

  it('throws a RangeError on empty, mismatched, negative, all-zero or non-finite input', () => {
    expect(() => optimalDiscriminator([], [])).toThrow(RangeError);
    expect(() => optimalDiscriminator([1, 2], [1])).toThrow(/same length/);
    expect(() => jensenShannon([1, -1], [1, 1])).toThrow(RangeError);
    expect(() => jensenShannon([0, 0], [1, 1])).toThrow(RangeError);
    expect(() => optimalValue([1, Number.NaN], [1, 1])).toThrow(RangeError);
    expect(() => gridValue([0.5], [1, 1], [1, 1])).toThrow(RangeError);
    expect(() => gridValue([0.5, 1.5], [1, 1], [1, 1])).toThrow(RangeError);
    expect(() => gaussianDensity([0], 0, 0)).toThrow(RangeError);
    expect(() => linspace(1, 1, 3)).toThrow(RangeError);
    expect(() => linspace(0, 1, 1)).toThrow(RangeError);
  });
});

describe('grid helpers', () => {
  it('linspace includes both ends', () => {
    expect(linspace(-1, 1, 5)).toEqual([-1, -0.5, 0, 0.5, 1]);
  });

  it('gaussianDensity peaks at 1/(σ√(2π))', () => {
    expect(gaussianDensity([2], 2, 0.5)[0]).toBeCloseTo(1 / (0.5 * Math.sqrt(2 * Math.PI)), 12);
  });
});
