import { describe, expect, it } from 'vitest';
import {
  DATASET_NAMES,
  DEFAULT_BOUNDS,
  GAUSSIAN_1D,
  GAUSSIAN_2D,
  RING,
  datasetDim,
  sampleDataset,
  type DatasetName,
} from '@/lib/gan/datasets';
import { createRng } from '@/lib/math/random';

function column(points: number[][], k: number): number[] {
  return points.map((p) => p[k] as number);
}
function mean(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}
function std(xs: number[]): number {
  const m = mean(xs);
  return Math.sqrt(xs.reduce((a, b) => a + (b - m) ** 2, 0) / xs.length);
}

describe('sampleDataset', () => {
  it('draws the 2-D Gaussian with its mean and spread', () => {
    const pts = sampleDataset('gaussian', 20000, createRng(1));
    expect(mean(column(pts, 0))).toBeCloseTo(GAUSSIAN_2D.mean[0], 1);
    expect(mean(column(pts, 1))).toBeCloseTo(GAUSSIAN_2D.mean[1], 1);
    expect(std(column(pts, 0))).toBeCloseTo(GAUSSIAN_2D.std[0], 1);
    expect(std(column(pts, 1))).toBeCloseTo(GAUSSIAN_2D.std[1], 1);
  });

  it('draws the 1-D Gaussian as one number per sample', () => {
    const pts = sampleDataset('gaussian-1d', 20000, createRng(2));
    expect(pts.every((p) => p.length === 1)).toBe(true);
    expect(mean(column(pts, 0))).toBeCloseTo(GAUSSIAN_1D.mean, 1);
    expect(std(column(pts, 0))).toBeCloseTo(GAUSSIAN_1D.std, 1);
  });

  it('puts the ring in eight tight clusters on the circle, each used about equally', () => {
    const pts = sampleDataset('ring', 8000, createRng(3));
    const counts = new Array<number>(RING.modes).fill(0);
    for (const [x, y] of pts as [number, number][]) {
      expect(Math.abs(Math.hypot(x, y) - RING.radius)).toBeLessThan(6 * RING.std);
      const mode = Math.round(((Math.atan2(y, x) + 2 * Math.PI) % (2 * Math.PI)) / (Math.PI / 4)) % 8;
      const angle = (mode * Math.PI) / 4;
      expect(Math.hypot(x - Math.cos(angle), y - Math.sin(angle))).toBeLessThan(6 * RING.std);
      counts[mode] = (counts[mode] as number) + 1;
    }
    for (const c of counts) expect(c).toBeGreaterThan(800);
  });

  it('keeps the line near y = x / 2 and the moons inside the default bounds', () => {
    for (const [x, y] of sampleDataset('line', 2000, createRng(4)) as [number, number][]) {
      expect(Math.abs(y - x / 2)).toBeLessThan(0.2);
      expect(Math.abs(x)).toBeLessThan(1.2);
    }
    for (const [x, y] of sampleDataset('moons', 2000, createRng(5)) as [number, number][]) {
      expect(x).toBeGreaterThan(DEFAULT_BOUNDS.xMin);
      expect(x).toBeLessThan(DEFAULT_BOUNDS.xMax);
      expect(y).toBeGreaterThan(DEFAULT_BOUNDS.yMin);
      expect(y).toBeLessThan(DEFAULT_BOUNDS.yMax);
    }
  });

  it('samples reader-drawn points with small jitter, visiting every point', () => {
    const drawn = Object.freeze([Object.freeze([0.5, 0.5]), Object.freeze([-1, 0.2])]);
    const pts = sampleDataset('drawn', 400, createRng(6), drawn);
    let near = [0, 0];
    for (const [x, y] of pts as [number, number][]) {
      const k = Math.hypot(x - 0.5, y - 0.5) < 0.2 ? 0 : 1;
      expect(Math.hypot(x - (drawn[k]?.[0] as number), y - (drawn[k]?.[1] as number))).toBeLessThan(0.2);
      near = near.map((c, i) => (i === k ? c + 1 : c));
    }
    expect(Math.min(...near)).toBeGreaterThan(100);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    for (const name of DATASET_NAMES.filter((n) => n !== 'drawn')) {
      expect(sampleDataset(name, 50, createRng(9))).toEqual(sampleDataset(name, 50, createRng(9)));
      expect(sampleDataset(name, 50, createRng(9))).not.toEqual(sampleDataset(name, 50, createRng(10)));
    }
  });

  it('reports each data set\'s dimension', () => {
    expect(datasetDim('gaussian-1d')).toBe(1);
    expect(datasetDim('moons')).toBe(2);
  });

  it('throws a RangeError for unknown names, bad counts and missing drawn points', () => {
    const rng = createRng(1);
    expect(() => sampleDataset('spiral' as DatasetName, 5, rng)).toThrow(RangeError);
    expect(() => sampleDataset('ring', 0, rng)).toThrow(RangeError);
    expect(() => sampleDataset('drawn', 5, rng)).toThrow(RangeError);
    expect(() => sampleDataset('drawn', 5, rng, [[0, 1, 2]])).toThrow(RangeError);
    expect(() => sampleDataset('drawn', 5, rng, [[0, Number.NaN]])).toThrow(RangeError);
  });
});
