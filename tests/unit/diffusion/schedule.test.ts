import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alphaBarAt, createSchedule, linearBetaSchedule, logAlphaBarAt, stridedSchedule } from '@/lib/diffusion/schedule';

describe('linearBetaSchedule', () => {
  const ddpm = linearBetaSchedule(1000);

  it('runs β linearly from 1e-4 to 0.02 over T = 1000 steps (DDPM §4)', () => {
    expect(ddpm.betas).toHaveLength(1000);
    expect(ddpm.betas[0]).toBeCloseTo(1e-4, 15);
    expect(ddpm.betas[999]).toBeCloseTo(0.02, 15);
    expect(ddpm.betas[499]).toBeCloseTo(1e-4 + (0.02 - 1e-4) * (499 / 999), 15);
    ddpm.alphas.forEach((a, i) => expect(a).toBe(1 - (ddpm.betas[i] as number)));
  });

  it('gives ᾱ_t equal to the running product of α_s', () => {
    let product = 1;
    ddpm.alphas.forEach((a, i) => {
      product *= a;
      expect(ddpm.alphaBars[i]! / product).toBeCloseTo(1, 12);
    });
    // Reference values from numpy: cumprod(1 − linspace(1e-4, 0.02, 1000)).
    expect(ddpm.alphaBars[99]).toBeCloseTo(0.89701814567496, 12);
    expect(ddpm.alphaBars[499]).toBeCloseTo(0.07858724288177824, 12);
    expect(ddpm.alphaBars[999]! / 4.035829765375676e-5).toBeCloseTo(1, 9);
  });

  it('treats T = 1 as a single step at betaStart and takes custom ends', () => {
    expect(linearBetaSchedule(1).betas).toEqual([1e-4]);
    expect(linearBetaSchedule(3, 0.1, 0.3).betas.map((b) => Number(b.toFixed(12)))).toEqual([0.1, 0.2, 0.3]);
  });

  it('rejects a bad T or β outside (0, 1)', () => {
    for (const T of [0, 2.5, -3, Number.NaN, 200_000]) expect(() => linearBetaSchedule(T)).toThrow(/T must/);
    expect(() => linearBetaSchedule(10, 0)).toThrow(/betaStart/);
    expect(() => linearBetaSchedule(10, 1e-4, 1)).toThrow(/betaEnd/);
  });
});

describe('createSchedule', () => {
  it('keeps ᾱ decreasing, in (0, 1] and finite for any β in (0, 1)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: Number.MIN_VALUE, max: 1 - Number.EPSILON, noNaN: true }), { minLength: 1, maxLength: 50 }), (betas) => {
        const { alphaBars, logAlphaBars } = createSchedule(betas);
        for (let i = 0; i < betas.length; i++) {
          expect(Number.isFinite(logAlphaBars[i])).toBe(true);
          expect(alphaBars[i]).toBeGreaterThanOrEqual(0);
          expect(alphaBars[i]).toBeLessThanOrEqual(i === 0 ? 1 : (alphaBars[i - 1] as number));
        }
      }),
    );
  });

  it('keeps the digits of 1 − ᾱ for tiny β through log ᾱ', () => {
    const schedule = createSchedule([1e-12, 1e-12]);
    expect(-Math.expm1(schedule.logAlphaBars[1] as number)).toBeCloseTo(2e-12, 22);
  });

  it('does not keep a reference to its input', () => {
    const betas = [0.1, 0.2];
    const schedule = createSchedule(Object.freeze(betas));
    expect(schedule.betas).not.toBe(betas);
  });

  it('rejects empty, non-finite and out-of-range β', () => {
    expect(() => createSchedule([])).toThrow(/empty/);
    expect(() => createSchedule([0.1, Number.NaN])).toThrow(/betas\[1\]/);
    expect(() => createSchedule([0.1, 1])).toThrow(/betas\[1\] must be in \(0, 1\)/);
    expect(() => createSchedule([0])).toThrow(RangeError);
  });
});

describe('alphaBarAt', () => {
  it('is 1 at t = 0 and ᾱ_t after that; t must lie in 0…T', () => {
    const schedule = linearBetaSchedule(10);
    expect(alphaBarAt(schedule, 0)).toBe(1);
    expect(logAlphaBarAt(schedule, 0)).toBe(0);
    expect(alphaBarAt(schedule, 10)).toBe(schedule.alphaBars[9]);
    for (const t of [-1, 11, 2.5]) expect(() => alphaBarAt(schedule, t)).toThrow(/t must be a whole number in \[0, 10\]/);
  });
});

describe('stridedSchedule', () => {
  const ddpm = linearBetaSchedule(1000);

  it('keeps evenly spaced steps that end at T and reaches the same ᾱ at each', () => {
    const { timesteps, schedule } = stridedSchedule(ddpm, 200);
    expect(timesteps).toHaveLength(200);
    expect(timesteps.slice(0, 3)).toEqual([5, 10, 15]);
    expect(timesteps.at(-1)).toBe(1000);
    timesteps.forEach((t, i) => expect(schedule.alphaBars[i]! / alphaBarAt(ddpm, t)).toBeCloseTo(1, 10));
  });

  it('collapses to one step with β = 1 − ᾱ_T, and returns the schedule itself for steps = T', () => {
    expect(stridedSchedule(ddpm, 1).schedule.betas[0]).toBeCloseTo(1 - (ddpm.alphaBars[999] as number), 15);
    expect(stridedSchedule(ddpm, 1000).schedule).toBe(ddpm);
    expect(stridedSchedule(ddpm, 1000).timesteps[0]).toBe(1);
  });

  it('stays a valid schedule when a stride swallows all the signal or none of it', () => {
    const harsh = createSchedule(new Array(50).fill(0.999999));
    const { schedule } = stridedSchedule(harsh, 2);
    expect(schedule.alphas.every((a) => a > 0)).toBe(true);
    const gentle = createSchedule([0.5, 1e-300, 1e-300]);
    expect(stridedSchedule(gentle, 2).schedule.betas.every((b) => b > 0 && b < 1)).toBe(true);
  });

  it('rejects steps outside 1…T', () => {
    expect(() => stridedSchedule(ddpm, 0)).toThrow(/steps/);
    expect(() => stridedSchedule(ddpm, 1001)).toThrow(/at most T = 1000/);
  });
});
