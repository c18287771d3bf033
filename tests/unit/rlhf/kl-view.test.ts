import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { klAnswers } from '@/content/data/chatgpt/reward-answers';
import { expectedReward } from '@/lib/rlhf/kl';
import { isRewardHacking, klViewAt, klViewCurve, logSpace, mostLikely } from '@/lib/rlhf/kl-view';

const reference = klAnswers.map((a) => a.reference);
const flawed = klAnswers.map((a) => a.reward.flawed);
const honest = klAnswers.map((a) => a.reward.honest);
const quality = klAnswers.map((a) => a.quality);

describe('logSpace', () => {
  it('spaces evenly in log with exact ends', () => {
    const xs = logSpace(0.01, 100, 5);
    expect(xs[0]).toBe(0.01);
    expect(xs[4]).toBe(100);
    expect(xs[2]).toBeCloseTo(1, 12);
    expect(xs[1]).toBeCloseTo(0.1, 12);
    expect(logSpace(10, 1, 2)).toEqual([10, 1]);
  });

  it('rejects non-positive ends and fewer than two points', () => {
    expect(() => logSpace(0, 1, 3)).toThrow(RangeError);
    expect(() => logSpace(1, Number.POSITIVE_INFINITY, 3)).toThrow(RangeError);
    expect(() => logSpace(1, 2, 1)).toThrow(RangeError);
  });
});

describe('klViewAt on the widget’s answers', () => {
  it('stays at the SFT policy for a huge β', () => {
    const v = klViewAt(reference, flawed, quality, 1e6);
    v.policy.forEach((p, i) => expect(p).toBeCloseTo(reference[i] as number, 5));
    expect(v.kl).toBeCloseTo(0, 6);
  });

  it('hacks the flawed reward as β → 0: all mass on H, top score, true quality at H’s −1, KL = ln 20', () => {
    const v = klViewAt(reference, flawed, quality, 0.01);
    const h = klAnswers.findIndex((a) => a.letter === 'H');
    expect(v.policy[h]).toBeCloseTo(1, 12);
    expect(v.reward).toBeCloseTo(3, 12);
    expect(v.quality).toBeCloseTo(-1, 12);
    expect(v.kl).toBeCloseTo(Math.log(20), 9);
  });

  it('with the honest reward a small β drifts far but does not hurt quality', () => {
    const v = klViewAt(reference, honest, quality, 0.01);
    expect(v.quality).toBeCloseTo(2.2, 6);
    expect(v.kl).toBeCloseTo(Math.log(10), 6);
  });

  it('true quality under the flawed reward peaks at a moderate β', () => {
    const curve = klViewCurve(reference, flawed, quality, logSpace(0.01, 100, 81));
    const best = curve.reduce((b, p) => (p.quality > b.quality ? p : b));
    expect(best.beta).toBeGreaterThan(1);
    expect(best.beta).toBeLessThan(10);
    // Expected reward and KL both fall as β grows.
    for (let i = 1; i < curve.length; i++) {
      expect((curve[i] as { reward: number }).reward).toBeLessThanOrEqual((curve[i - 1] as { reward: number }).reward + 1e-12);
      expect((curve[i] as { kl: number }).kl).toBeLessThanOrEqual((curve[i - 1] as { kl: number }).kl + 1e-12);
    }
  });

  it('gives finite figures for any β in the slider range and rejects mismatched quality', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 100, noNaN: true }), (beta) => {
        const v = klViewAt(reference, flawed, quality, beta);
        for (const x of [v.reward, v.kl, v.quality, ...v.policy]) expect(Number.isFinite(x)).toBe(true);
      }),
    );
    expect(() => klViewAt(reference, flawed, [1, 2], 1)).toThrow(RangeError);
    expect(() => klViewCurve(reference, flawed, quality, [])).toThrow(RangeError);
  });
});

describe('mostLikely and isRewardHacking', () => {
  it('finds the first most likely answer', () => {
    expect(mostLikely([0.2, 0.5, 0.3])).toBe(1);
    expect(mostLikely([0.4, 0.4, 0.2])).toBe(0);
    expect(() => mostLikely([])).toThrow(RangeError);
  });

  it('flags the flawed reward model at small β but not at β = 1, nor the honest model at any β', () => {
    const sftQuality = expectedReward(reference, quality);
    expect(isRewardHacking(klViewAt(reference, flawed, quality, 0.3), sftQuality)).toBe(true);
    expect(isRewardHacking(klViewAt(reference, flawed, quality, 1), sftQuality)).toBe(false);
    for (const beta of logSpace(0.01, 100, 21)) expect(isRewardHacking(klViewAt(reference, honest, quality, beta), sftQuality)).toBe(false);
  });
});
