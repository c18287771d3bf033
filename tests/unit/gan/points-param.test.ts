import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BOUNDS } from '@/lib/gan/datasets';
import { formatPoints, MAX_DRAWN_POINTS, parsePoints } from '@/lib/gan/points-param';

describe('drawn points in a URL parameter', () => {
  it('formats with two decimals and parses back', () => {
    const text = formatPoints([[0.123, -1.456], [1, 0], [-0.001, 0.5]]);
    expect(text).toBe('0.12,-1.46;1,0;0,0.5');
    expect(parsePoints(text, DEFAULT_BOUNDS)).toEqual([[0.12, -1.46], [1, 0], [0, 0.5]]);
  });

  it('round-trips any points in the bounds to within 0.005', () => {
    const coord = fc.double({ min: -1.49, max: 1.49, noNaN: true });
    fc.assert(
      fc.property(fc.array(fc.tuple(coord, coord), { minLength: 1, maxLength: 50 }), (pts) => {
        const back = parsePoints(formatPoints(pts), DEFAULT_BOUNDS);
        expect(back).not.toBeNull();
        back?.forEach((p, i) => {
          expect(Math.abs((p[0] as number) - (pts[i] as number[])[0]!)).toBeLessThanOrEqual(0.005 + 1e-9);
          expect(Math.abs((p[1] as number) - (pts[i] as number[])[1]!)).toBeLessThanOrEqual(0.005 + 1e-9);
        });
      }),
    );
  });

  it('reads the empty string as no points', () => {
    expect(parsePoints('', DEFAULT_BOUNDS)).toEqual([]);
  });

  it('rejects malformed, non-finite, out-of-bounds and too many points', () => {
    for (const bad of ['abc', '1', '1,2,3', '0,abc', '1e999,0', 'NaN,0', '0.5,2', '-3,0', '0,0;', 'Infinity,1']) {
      expect(parsePoints(bad, DEFAULT_BOUNDS), bad).toBeNull();
    }
    const many = Array.from({ length: MAX_DRAWN_POINTS + 1 }, () => '0,0').join(';');
    expect(parsePoints(many, DEFAULT_BOUNDS)).toBeNull();
    expect(parsePoints(Array.from({ length: MAX_DRAWN_POINTS }, () => '0,0').join(';'), DEFAULT_BOUNDS)).toHaveLength(MAX_DRAWN_POINTS);
  });
});
