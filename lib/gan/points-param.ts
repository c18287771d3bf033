// Reader-drawn points in a URL parameter: "x,y;x,y;…" with two decimals, so a link carries a drawn data set.

import type { Bounds } from './datasets';

/** More points than this make a link unwieldy and add nothing a reader can see. */
export const MAX_DRAWN_POINTS = 200;

const round2 = (v: number): number => Math.round(v * 100) / 100;

/** Formats points with two decimals (−0 written as 0); an empty list gives ''. */
export function formatPoints(points: readonly (readonly number[])[]): string {
  return points.map((p) => `${round2(p[0] as number) + 0},${round2(p[1] as number) + 0}`).join(';');
}

/**
 * Parses "x,y;x,y" into points inside `bounds`. Returns null for anything malformed: a missing or extra
 * coordinate, a non-number, a non-finite value, a point outside the bounds, or more than MAX_DRAWN_POINTS points.
 * The empty string is a valid empty list.
 */
export function parsePoints(text: string, bounds: Bounds): number[][] | null {
  if (text.trim() === '') return [];
  const parts = text.split(';');
  if (parts.length > MAX_DRAWN_POINTS) return null;
  const out: number[][] = [];
  for (const part of parts) {
    const xy = part.split(',');
    if (xy.length !== 2) return null;
    const [x, y] = xy.map((s) => (/^\s*[+-]?(\d+\.?\d*|\.\d+)\s*$/.test(s) ? Number(s) : Number.NaN)) as [number, number];
    if (!Number.isFinite(x) || !Number.isFinite(y)) return null;
    if (x < bounds.xMin || x > bounds.xMax || y < bounds.yMin || y > bounds.yMax) return null;
    out.push([x, y]);
  }
  return out;
}
