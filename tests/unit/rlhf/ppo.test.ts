import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clippedObjective, clippedObjectiveCurve, clippedObjectiveSlope } from '@/lib/rlhf/ppo';

/** L^CLIP written out case by case (Schulman et al. 2017, Fig. 1), independent of the min/clip form. */
function piecewise(r: number, a: number, eps: number): number {
  if (a > 0) return r > 1 + eps ? (1 + eps) * a : r * a;
  if (a < 0) return r < 1 - eps ? (1 - eps) * a : r * a;
  return 0;
}

describe('clippedObjective', () => {
  it('matches the piecewise definition on both sides of 1 ± ε for both signs of the advantage', () => {
    const ratios = [0, 0.5, 0.79, 0.8, 0.81, 1, 1.19, 1.2, 1.21, 1.5, 3];
    for (const a of [2, -2, 0.3, -0.3]) {
      for (const r of ratios) expect(clippedObjective(r, a)).toBeCloseTo(piecewise(r, a, 0.2), 12);
    }
  });

  it('caps the gain but not the loss', () => {
    expect(clippedObjective(1.5, 1)).toBeCloseTo(1.2, 12);
    expect(clippedObjective(0.5, 1)).toBeCloseTo(0.5, 12);
    expect(clippedObjective(0.5, -1)).toBeCloseTo(-0.8, 12);
    expect(clippedObjective(1.5, -1)).toBeCloseTo(-1.5, 12);
    expect(clippedObjective(1.5, 1, 0.1)).toBeCloseTo(1.1, 12);
  });

  it('agrees with the piecewise form and stays finite for any finite inputs', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, noNaN: true, noDefaultInfinity: true }),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        (r, a, eps) => {
          const value = clippedObjective(r, a, eps);
          expect(Number.isFinite(value)).toBe(true);
          if (Math.abs(r * a) < 1e300) expect(value).toBeCloseTo(piecewise(r, a, eps), 6);
        },
      ),
    );
  });

  it('rejects negative ratios, NaN and ε outside (0, 1)', () => {
    expect(() => clippedObjective(-0.1, 1)).toThrow(/ratio/);
    expect(() => clippedObjective(1, Number.NaN)).toThrow(/advantage/);
    for (const eps of [0, 1, -0.2, Number.NaN]) expect(() => clippedObjective(1, 1, eps)).toThrow(/epsilon/);
  });
});

describe('clippedObjectiveSlope', () => {
  it('is A inside the trust region and 0 only where the clip is active', () => {
    expect(clippedObjectiveSlope(1.3, 2)).toBe(0);
    expect(clippedObjectiveSlope(0.5, 2)).toBe(2);
    expect(clippedObjectiveSlope(0.5, -2)).toBe(0);
    expect(clippedObjectiveSlope(1.3, -2)).toBe(-2);
    expect(clippedObjectiveSlope(1.3, 0)).toBe(0);
  });

  it('keeps slope A at exactly r = 1 ± ε (closed clip interval)', () => {
    expect(clippedObjectiveSlope(1.2, 2)).toBe(2);
    expect(clippedObjectiveSlope(0.8, -2)).toBe(-2);
  });

  it('agrees with a finite difference away from the kinks', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 3, noNaN: true }), fc.double({ min: -5, max: 5, noNaN: true }), (r, a) => {
        fc.pre(Math.abs(r - 0.8) > 1e-3 && Math.abs(r - 1.2) > 1e-3 && r > 1e-3);
        const h = 1e-5;
        const numeric = (clippedObjective(r + h, a) - clippedObjective(r - h, a)) / (2 * h);
        expect(clippedObjectiveSlope(r, a)).toBeCloseTo(numeric, 6);
      }),
    );
  });
});

describe('clippedObjectiveCurve', () => {
  it('samples [0, 2] with the kinks included, sorted, and marks the clipped region', () => {
    const curve = clippedObjectiveCurve(1, { points: 5 });
    expect(curve.map((p) => p.ratio)).toEqual([0, 0.5, 0.8, 1, 1.2, 1.5, 2]);
    expect(curve.map((p) => p.clipped)).toEqual([false, false, false, false, false, true, true]);
    expect(curve[6]).toMatchObject({ objective: 1.2, unclipped: 2 });
  });

  it('marks the left side as clipped for a negative advantage and nothing for A = 0', () => {
    const curve = clippedObjectiveCurve(-1, { from: 0.5, to: 1.5, points: 3 });
    expect(curve.filter((p) => p.clipped).map((p) => p.ratio)).toEqual([0.5]);
    expect(clippedObjectiveCurve(0).every((p) => !p.clipped && p.objective === 0)).toBe(true);
  });

  it('validates its range', () => {
    expect(() => clippedObjectiveCurve(1, { from: 2, to: 1 })).toThrow(/to must be greater/);
    expect(() => clippedObjectiveCurve(1, { from: -1 })).toThrow(/from must be/);
    expect(() => clippedObjectiveCurve(1, { points: 1 })).toThrow(/points/);
    expect(() => clippedObjectiveCurve(1, { points: 1e6 })).toThrow(/at most/);
  });
});
