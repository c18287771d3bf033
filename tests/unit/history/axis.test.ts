import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { axisPosition, axisSegments, axisTicks, packLanes } from '@/lib/history/axis';

describe('axisSegments and axisPosition', () => {
  it('covers the whole axis with the three stages in order, the rapid one widest', () => {
    const segs = axisSegments('all');
    expect(segs.map((s) => s.stage)).toEqual(['early', 'accumulation', 'rapid']);
    expect(segs[0]?.start).toBe(0);
    expect(segs[2]?.end).toBe(1);
    for (let i = 1; i < segs.length; i++) expect(segs[i]?.start).toBeCloseTo(segs[i - 1]?.end ?? NaN, 12);
    const widths = segs.map((s) => s.end - s.start);
    expect(Math.max(...widths)).toBe(widths[2]);
  });

  it('maps stage boundaries to segment edges and clamps outside years', () => {
    const segs = axisSegments('all');
    expect(axisPosition(1990, segs)).toBeCloseTo(segs[1]?.start ?? NaN, 12);
    expect(axisPosition(2014, segs)).toBeCloseTo(segs[2]?.start ?? NaN, 12);
    expect(axisPosition(1900, segs)).toBe(0);
    expect(axisPosition(2100, segs)).toBe(1);
    expect(() => axisPosition(Number.NaN, segs)).toThrow(RangeError);
    expect(() => axisPosition(2000, [])).toThrow(RangeError);
  });

  it('zooms a single stage to the full width', () => {
    const segs = axisSegments('rapid');
    expect(segs).toHaveLength(1);
    expect(axisPosition(2014, segs)).toBe(0);
    expect(axisPosition(2023, segs)).toBe(1);
    expect(axisPosition(2018.5, segs)).toBeCloseTo(0.5, 12);
  });

  it('is monotonic (property)', () => {
    for (const view of ['all', 'early', 'accumulation', 'rapid'] as const) {
      const segs = axisSegments(view);
      fc.assert(
        fc.property(fc.double({ min: 1940, max: 2030, noNaN: true }), fc.double({ min: 1940, max: 2030, noNaN: true }), (a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          expect(axisPosition(lo, segs)).toBeLessThanOrEqual(axisPosition(hi, segs));
        }),
      );
    }
  });
});

describe('axisTicks', () => {
  it('labels fewer years on a narrow axis, keeping them apart', () => {
    const segs = axisSegments('all');
    const wide = axisTicks(segs, 1200);
    const narrow = axisTicks(segs, 330);
    expect(narrow.length).toBeLessThan(wide.length);
    for (const ticks of [wide, narrow]) {
      const xs = ticks.map((y) => axisPosition(y, segs) * (ticks === wide ? 1200 : 330));
      for (let i = 1; i < xs.length; i++) expect((xs[i] ?? 0) - (xs[i - 1] ?? 0)).toBeGreaterThanOrEqual(44 - 1e-9);
    }
    expect(wide).toContain(2020);
  });

  it('rejects a width of zero', () => {
    expect(() => axisTicks(axisSegments('all'), 0)).toThrow(RangeError);
  });
});

describe('packLanes', () => {
  it('keeps markers in a lane at least the gap apart', () => {
    expect(packLanes([0, 10, 20, 30, 100], 25)).toEqual([0, 1, 2, 0, 0]);
    expect(packLanes([], 10)).toEqual([]);
  });

  it('rejects unsorted or non-finite input', () => {
    expect(() => packLanes([5, 1], 2)).toThrow(/ascending/);
    expect(() => packLanes([Number.NaN], 2)).toThrow(RangeError);
    expect(() => packLanes([1], -1)).toThrow(RangeError);
  });

  it('never puts two markers closer than the gap in one lane (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1000, noNaN: true }), { maxLength: 40 }), fc.double({ min: 1, max: 60, noNaN: true }), (raw, gap) => {
        const xs = [...raw].sort((a, b) => a - b);
        const lanes = packLanes(xs, gap);
        const last = new Map<number, number>();
        xs.forEach((x, i) => {
          const lane = lanes[i] as number;
          const prev = last.get(lane);
          if (prev !== undefined) expect(x - prev).toBeGreaterThanOrEqual(gap);
          last.set(lane, x);
        });
      }),
    );
  });
});
