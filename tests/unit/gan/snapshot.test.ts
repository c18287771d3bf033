import { describe, expect, it } from 'vitest';
import { DEFAULT_BOUNDS, RING } from '@/lib/gan/datasets';
import { DEFAULT_SNAPSHOT_OPTIONS, ganSnapshot, ringModesCovered, snapshotReal } from '@/lib/gan/snapshot';
import { createGan, run } from '@/lib/gan/trainer';

const ringCentre = (k: number) => [RING.radius * Math.cos((2 * Math.PI * k) / RING.modes), RING.radius * Math.sin((2 * Math.PI * k) / RING.modes)];

describe('ringModesCovered', () => {
  it('counts the modes that hold at least 2% of the points', () => {
    expect(ringModesCovered(Array.from({ length: 80 }, (_, i) => ringCentre(i % 8)))).toBe(8);
    expect(ringModesCovered(Array.from({ length: 80 }, () => ringCentre(3)))).toBe(1);
    // One point of 100 at a second mode is 1%: not covered.
    expect(ringModesCovered([...Array.from({ length: 99 }, () => ringCentre(0)), ringCentre(4)])).toBe(1);
    expect(ringModesCovered([[0, 0], [0.1, -0.1]])).toBe(0);
    expect(ringModesCovered([])).toBe(0);
  });
});

describe('ganSnapshot', () => {
  it('gives a frame of the right shape with finite numbers in range', () => {
    const state = createGan({ seed: 3 });
    run(state, 50);
    const real = snapshotReal(state);
    const s = ganSnapshot(state, real);
    expect(s.iteration).toBe(50);
    expect(s.heat).toHaveLength(DEFAULT_SNAPSHOT_OPTIONS.resolution ** 2);
    for (const v of s.heat) expect(v >= 0 && v <= 1).toBe(true);
    expect(s.lines).toHaveLength(2 * DEFAULT_SNAPSHOT_OPTIONS.gridSize);
    expect(s.fake).toHaveLength(DEFAULT_SNAPSHOT_OPTIONS.points);
    expect(s.push).toHaveLength(DEFAULT_SNAPSHOT_OPTIONS.pushPoints);
    for (const p of s.push) expect(p.every(Number.isFinite)).toBe(true);
    expect(s.divergence).toBeGreaterThanOrEqual(0);
    expect(s.divergence).toBeLessThanOrEqual(Math.LN2);
    expect(s.modesCovered).not.toBeNull();
  });

  it('does not change the course of training', () => {
    const a = createGan({ seed: 5 });
    const b = createGan({ seed: 5 });
    const real = snapshotReal(a);
    for (let i = 0; i < 5; i++) {
      run(a, 20);
      ganSnapshot(a, real);
    }
    run(b, 100);
    expect([...a.generator.params]).toEqual([...b.generator.params]);
    expect(a.dLoss).toBe(b.dLoss);
  });

  it('draws 1-D data as one row and reports no modes off the ring', () => {
    const state = createGan({ dataset: 'gaussian-1d', noiseDim: 1 });
    const s = ganSnapshot(state, snapshotReal(state), { ...DEFAULT_SNAPSHOT_OPTIONS, resolution: 30 });
    expect(s.heat).toHaveLength(30);
    expect(s.lines).toHaveLength(1);
    expect(s.fake[0]).toHaveLength(1);
    expect(s.modesCovered).toBeNull();
  });

  it('shows the divergence falling as the default GAN trains on the ring', () => {
    const state = createGan();
    const real = snapshotReal(state);
    const before = ganSnapshot(state, real);
    run(state, 2000);
    const after = ganSnapshot(state, real);
    expect(after.divergence).toBeLessThan(before.divergence - 0.2);
    expect(after.modesCovered).toBe(8);
    expect(DEFAULT_BOUNDS.xMin).toBe(-1.5);
  }, 30_000);
});
