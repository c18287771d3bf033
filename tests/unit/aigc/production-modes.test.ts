import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dimensions, draftsNeeded, illustrativeCost, isDimension, modes, RATING_MAX, ratingsFor, usableCost } from '@/lib/aigc/production-modes';

describe('ratingsFor', () => {
  it('rates every mode on every dimension within 1..RATING_MAX', () => {
    for (const d of dimensions) {
      const r = ratingsFor(d);
      expect(r.map((x) => x.mode)).toEqual([...modes]);
      for (const { rating } of r) {
        expect(Number.isInteger(rating)).toBe(true);
        expect(rating).toBeGreaterThanOrEqual(1);
        expect(rating).toBeLessThanOrEqual(RATING_MAX);
      }
    }
  });

  it('encodes the chapter argument: AIGC is cheapest and fastest, PGC the most consistent', () => {
    const by = (d: (typeof dimensions)[number]) =>
      Object.fromEntries(ratingsFor(d).map((x) => [x.mode, x.rating])) as Record<(typeof modes)[number], number>;
    expect(by('costPerPiece').aigc).toBeLessThan(by('costPerPiece').ugc);
    expect(by('costPerPiece').ugc).toBeLessThan(by('costPerPiece').pgc);
    expect(by('speed').aigc).toBeGreaterThan(by('speed').pgc);
    expect(by('qualitySpread').pgc).toBeLessThan(by('qualitySpread').ugc);
  });

  it('recognises dimensions', () => {
    expect(isDimension('speed')).toBe(true);
    expect(isDimension('nope')).toBe(false);
  });
});

describe('usableCost', () => {
  it('divides the draft cost by the share kept', () => {
    expect(usableCost(1, 0.25)).toBe(4);
    expect(usableCost(illustrativeCost.aigcDraft, 1)).toBe(illustrativeCost.aigcDraft);
    expect(usableCost(0, 0.5)).toBe(0);
  });

  it('rejects shares outside (0, 1] and bad costs', () => {
    expect(() => usableCost(1, 0)).toThrow(RangeError);
    expect(() => usableCost(1, 1.5)).toThrow(RangeError);
    expect(() => usableCost(-1, 0.5)).toThrow(RangeError);
    expect(() => usableCost(Number.NaN, 0.5)).toThrow(/draftCost/);
  });

  it('is finite and at least the draft cost for any valid input', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.double({ min: 1e-6, max: 1, noNaN: true }), (c, p) => {
        const u = usableCost(c, p);
        expect(Number.isFinite(u)).toBe(true);
        expect(u).toBeGreaterThanOrEqual(c);
      }),
    );
  });
});

describe('draftsNeeded', () => {
  it('is the whole number of drafts that yields the pieces on average', () => {
    expect(draftsNeeded(10, 0.25)).toBe(40);
    expect(draftsNeeded(10, 0.3)).toBe(34);
    expect(draftsNeeded(10, 1)).toBe(10);
    expect(draftsNeeded(0, 0.5)).toBe(0);
  });

  it('rejects fractional pieces', () => {
    expect(() => draftsNeeded(1.5, 0.5)).toThrow(RangeError);
  });
});
