import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gaussianPanel, lossCurveSeries, OPTIMAL_VALUE, slopeRatio, tangentSegment } from '@/lib/gan/loss-explorer';

describe('lossCurveSeries', () => {
  it('covers the open interval (0, 1) evenly, without the clamped ends', () => {
    const series = lossCurveSeries(100);
    expect(series).toHaveLength(99);
    expect(series[0]?.d).toBeCloseTo(0.01, 12);
    expect(series.at(-1)?.d).toBeCloseTo(0.99, 12);
    for (const p of series) {
      expect(p.logD).toBeCloseTo(Math.log(p.d), 12);
      expect(p.log1mD).toBeCloseTo(Math.log(1 - p.d), 12);
    }
  });

  it('shows the saturation: at D = 0.01 the minimax slope per logit is −0.01, the non-saturating one −0.99', () => {
    const first = lossCurveSeries(100)[0];
    expect(first?.log1mDPerLogit).toBeCloseTo(-0.01, 12);
    expect(first?.negLogDPerLogit).toBeCloseTo(-0.99, 12);
  });

  it('rejects a step count that is not a whole number in range', () => {
    for (const bad of [1, 2.5, Number.NaN, 1e6]) expect(() => lossCurveSeries(bad)).toThrow(RangeError);
  });
});

describe('tangentSegment', () => {
  it('runs along the tangent and stays inside [lo, hi]', () => {
    const [a, b] = tangentSegment(0.05, Math.log(0.05), 1 / 0.05, 0.1);
    expect(a.x).toBe(0);
    expect(b.x).toBeCloseTo(0.15, 12);
    expect(b.y - a.y).toBeCloseTo((b.x - a.x) * 20, 12);
    expect(a.y).toBeCloseTo(Math.log(0.05) - 0.05 * 20, 12);
  });

  it('is finite for any finite input and rejects non-finite ones', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: -30, max: 30, noNaN: true }), fc.double({ min: -1e6, max: 1e6, noNaN: true }), (at, v, s) => {
        for (const p of tangentSegment(at, v, s, 0.1)) {
          expect(Number.isFinite(p.x)).toBe(true);
          expect(Number.isFinite(p.y)).toBe(true);
        }
      }),
    );
    expect(() => tangentSegment(Number.NaN, 0, 1, 0.1)).toThrow(RangeError);
    expect(() => tangentSegment(0.5, 0, Infinity, 0.1)).toThrow(RangeError);
    expect(() => tangentSegment(0.5, 0, 1, 0)).toThrow(RangeError);
  });
});

describe('gaussianPanel', () => {
  it('reaches V = −log 4 with D* = 1/2 everywhere when the generator matches the data', () => {
    expect(OPTIMAL_VALUE).toBeCloseTo(-Math.log(4), 12);
    const panel = gaussianPanel(0, 1);
    expect(panel.value).toBeCloseTo(-Math.log(4), 10);
    expect(panel.gap).toBeCloseTo(0, 10);
    expect(panel.jsd).toBeCloseTo(0, 10);
    for (const d of panel.dStar) expect(d).toBeCloseTo(0.5, 10);
  });

  it('gives V = −log 4 + 2·JSD, rising towards 0 as the generator moves away', () => {
    let last = OPTIMAL_VALUE - 1e-12;
    for (const mean of [0, 0.5, 1, 2, 3]) {
      const panel = gaussianPanel(mean, 1);
      expect(panel.value).toBeCloseTo(-Math.log(4) + 2 * panel.jsd, 10);
      expect(panel.value).toBeGreaterThan(last);
      expect(panel.value).toBeLessThanOrEqual(0);
      last = panel.value;
    }
  });

  it('puts D* above 1/2 where the data are denser and below where the generator is', () => {
    const panel = gaussianPanel(2, 1);
    const at = (x: number) => panel.dStar[panel.xs.findIndex((v) => Math.abs(v - x) < 1e-9)] as number;
    expect(at(-1)).toBeGreaterThan(0.5);
    expect(at(1)).toBeCloseTo(0.5, 6);
    expect(at(3)).toBeLessThan(0.5);
  });

  it('stays finite over the widget’s whole range and rejects a bad spread', () => {
    fc.assert(
      fc.property(fc.double({ min: -3, max: 3, noNaN: true }), fc.double({ min: 0.25, max: 3, noNaN: true }), (mean, std) => {
        const panel = gaussianPanel(mean, std);
        expect(Number.isFinite(panel.value)).toBe(true);
        expect(panel.value).toBeGreaterThanOrEqual(OPTIMAL_VALUE - 1e-9);
        for (const d of panel.dStar) expect(d >= 0 && d <= 1).toBe(true);
      }),
      { numRuns: 50 },
    );
    expect(() => gaussianPanel(0, 0)).toThrow(RangeError);
    expect(() => gaussianPanel(Number.NaN, 1)).toThrow(RangeError);
  });
});

describe('slopeRatio', () => {
  it('is (1 − D) / D: 99 at D = 0.01, 1 at D = 1/2, 1/99 at D = 0.99', () => {
    expect(slopeRatio(0.01)).toBeCloseTo(99, 9);
    expect(slopeRatio(0.5)).toBeCloseTo(1, 12);
    expect(slopeRatio(0.99)).toBeCloseTo(1 / 99, 12);
  });

  it('is infinite, not NaN, at D = 0 and rejects a D outside [0, 1]', () => {
    expect(slopeRatio(0)).toBe(Number.POSITIVE_INFINITY);
    expect(() => slopeRatio(1.5)).toThrow(RangeError);
  });
});
