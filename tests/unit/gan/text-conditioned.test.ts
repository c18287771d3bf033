import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CLS_CAPTIONS,
  clsRound,
  clsTerms,
  compress,
  discriminate,
  gapFromData,
  generate,
  interpolate,
  textEmbedding,
  type ClsCaption,
} from '@/lib/gan/text-conditioned';
import { createRng } from '@/lib/math/random';

describe('GAN-CLS loss terms (Reed et al. 2016, Alg. 1)', () => {
  it('adds log s_r and half of each mismatch term, and L_G = log s_f', () => {
    const t = clsTerms(0.9, 0.2, 0.4);
    expect(t.realRight).toBeCloseTo(Math.log(0.9), 12);
    expect(t.realWrong).toBeCloseTo(0.5 * Math.log(0.8), 12);
    expect(t.fakeRight).toBeCloseTo(0.5 * Math.log(0.6), 12);
    expect(t.lossD).toBeCloseTo(Math.log(0.9) + 0.5 * (Math.log(0.8) + Math.log(0.6)), 12);
    expect(t.lossG).toBeCloseTo(Math.log(0.4), 12);
  });

  it('pushes s_r up and s_w, s_f down for D, and s_f up for G (finite-difference check)', () => {
    const h = 1e-6;
    const [sr, sw, sf] = [0.7, 0.3, 0.5];
    const base = clsTerms(sr, sw, sf);
    expect((clsTerms(sr + h, sw, sf).lossD - base.lossD) / h).toBeCloseTo(base.pushRealRight, 4);
    expect((clsTerms(sr, sw + h, sf).lossD - base.lossD) / h).toBeCloseTo(base.pushRealWrong, 4);
    expect((clsTerms(sr, sw, sf + h).lossD - base.lossD) / h).toBeCloseTo(base.pushFakeRight, 4);
    expect((clsTerms(sr, sw, sf + h).lossG - base.lossG) / h).toBeCloseTo(base.pushG, 4);
    expect(base.pushRealRight).toBeGreaterThan(0);
    expect(base.pushRealWrong).toBeLessThan(0);
    expect(base.pushFakeRight).toBeLessThan(0);
    expect(base.pushG).toBeGreaterThan(0);
  });

  it('stays finite at scores of exactly 0 and 1, and rejects scores outside [0, 1]', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (a, b, c) => {
        expect(Object.values(clsTerms(a, b, c)).every(Number.isFinite)).toBe(true);
      }),
    );
    expect(() => clsTerms(1.1, 0, 0)).toThrow(RangeError);
    expect(() => clsTerms(0.5, Number.NaN, 0)).toThrow(RangeError);
  });
});

describe('the toy matching-aware discriminator', () => {
  it('scores (real, right text) high, (real, wrong text) low, and a fake in between', () => {
    for (const right of CLS_CAPTIONS) {
      for (const wrong of CLS_CAPTIONS.filter((c) => c !== right)) {
        const round = clsRound(right, wrong, 0.5, true, createRng(1));
        expect(round.sr).toBeGreaterThan(0.8);
        expect(round.sw).toBeLessThan(0.2);
        expect(round.sf).toBeGreaterThan(round.sw);
        expect(round.sf).toBeLessThan(round.sr);
      }
    }
  });

  it('compresses 4 numbers to 2 with a leaky ReLU', () => {
    expect(compress([0, 0, 0, 0])).toEqual([0, 0]);
    const negative = compress([-1, 0, 0, 0]);
    expect(negative[0]).toBeCloseTo(-0.2, 12);
    expect(() => compress([1, 2])).toThrow(RangeError);
  });

  it('replays a round from the seed', () => {
    expect(clsRound('red-bird', 'pink-flower', 0.3, false, createRng(4))).toEqual(clsRound('red-bird', 'pink-flower', 0.3, false, createRng(4)));
    expect(() => clsRound('red-bird', 'red-bird', 0.5, true, createRng(1))).toThrow(/differ/);
    expect(() => textEmbedding('fish' as ClsCaption)).toThrow(/unknown caption/);
  });

  it('keeps D in [0, 1] for any finite image', () => {
    const coord = fc.double({ min: -1e300, max: 1e300, noNaN: true });
    fc.assert(
      fc.property(coord, coord, (x, y) => {
        const s = discriminate([x, y], textEmbedding('red-bird'));
        expect(s >= 0 && s <= 1).toBe(true);
      }),
    );
  });
});

describe('GAN-INT interpolation', () => {
  it('β = 1 gives the first text, β = 0 the second, and the gap is largest halfway', () => {
    const a = textEmbedding('red-bird');
    const b = textEmbedding('yellow-bird');
    expect(interpolate(a, b, 1)).toEqual([...a]);
    expect(interpolate(a, b, 0)).toEqual([...b]);
    expect(gapFromData(interpolate(a, b, 0))).toBe(0);
    expect(gapFromData(interpolate(a, b, 0.5))).toBeGreaterThan(gapFromData(interpolate(a, b, 0.25)));
    expect(() => interpolate(a, b, 1.5)).toThrow(RangeError);
  });

  it('without INT, G drifts between captions and D rejects it; with INT it does not', () => {
    const without = clsRound('red-bird', 'yellow-bird', 0.5, false, createRng(1));
    const withInt = clsRound('red-bird', 'yellow-bird', 0.5, true, createRng(1));
    expect(without.int.score).toBeLessThan(0.1);
    expect(withInt.int.score).toBeCloseTo(withInt.sf, 12);
    expect(generate([0, 0], textEmbedding('red-bird'), false)).toEqual(generate([0, 0], textEmbedding('red-bird'), true));
  });
});
