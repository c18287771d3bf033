import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createUnclipWorld, decodeToy, priorSample, runUnclip, TOY_DIMENSION, UNCLIP_CAPTIONS, upsample, type UnclipCaption } from '@/lib/clip/unclip-toy';
import { createRng } from '@/lib/math/random';
import { cosineSimilarity, norm } from '@/lib/math/similarity';

const world = createUnclipWorld();

describe('the toy unCLIP world', () => {
  it('is the same every time and holds unit embeddings', () => {
    expect(createUnclipWorld()).toEqual(world);
    for (const v of [...world.images, ...world.texts]) {
      expect(v).toHaveLength(TOY_DIMENSION);
      expect(norm(v as number[])).toBeCloseTo(1, 12);
    }
  });

  it('puts each text near but not on its image, so a prior has work to do', () => {
    world.texts.forEach((t, k) => {
      const c = cosineSimilarity(t as number[], world.images[k] as number[]);
      expect(c).toBeGreaterThan(0.3);
      expect(c).toBeLessThan(0.9);
    });
  });

  it('the fitted prior brings every caption closer to its own image, and ranks it first', () => {
    for (const caption of UNCLIP_CAPTIONS) {
      const run = runUnclip(world, caption, 1);
      expect(run.priorMeanToImage).toBeGreaterThan(run.textToImage);
      expect(run.rank).toBe(1);
    }
  });

  it('prior samples vary with the seed but replay for the same seed', () => {
    const a = priorSample(world, world.texts[0] as number[], createRng(1));
    expect(priorSample(world, world.texts[0] as number[], createRng(1))).toEqual(a);
    expect(priorSample(world, world.texts[0] as number[], createRng(2))).not.toEqual(a);
    expect(norm(a)).toBeCloseTo(1, 12);
  });

  it('rejects bad input with a RangeError', () => {
    expect(() => priorSample(world, [1, 2], createRng(1))).toThrow(RangeError);
    expect(() => priorSample(world, new Array(TOY_DIMENSION).fill(Number.NaN), createRng(1))).toThrow(RangeError);
    expect(() => runUnclip(world, 'unicorn' as UnclipCaption, 1)).toThrow(/unknown caption/);
    expect(() => decodeToy([1], 4)).toThrow(RangeError);
    expect(() => upsample({ size: 2, rgb: [0] }, 2)).toThrow(RangeError);
    expect(() => upsample({ size: 2, rgb: new Array(12).fill(0) }, 0)).toThrow(RangeError);
  });
});

describe('toy decoder and upsampler', () => {
  it('decodes to size² RGB values in [0, 1]; two ×4 upsamplings give 16 → 64 → 256', () => {
    const run = runUnclip(world, 'cat', 3);
    expect(run.base.size).toBe(16);
    expect(run.mid.size).toBe(64);
    expect(run.high.size).toBe(256);
    expect(run.high.rgb).toHaveLength(256 * 256 * 3);
    expect(run.base.rgb.every((v) => v >= 0 && v <= 1)).toBe(true);
  });

  it('upsampling keeps a flat picture flat and never leaves the range of its input', () => {
    const flat = upsample({ size: 3, rgb: new Array(27).fill(0.25) }, 4);
    expect(flat.rgb.every((v) => Math.abs(v - 0.25) < 1e-12)).toBe(true);
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 12, maxLength: 12 }), (rgb) => {
        const out = upsample({ size: 2, rgb }, 3);
        const lo = Math.min(...rgb);
        const hi = Math.max(...rgb);
        expect(out.rgb.every((v) => v >= lo - 1e-12 && v <= hi + 1e-12)).toBe(true);
      }),
    );
  });

  it('decodes any finite embedding to finite colours', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e300, max: 1e300, noNaN: true }), { minLength: TOY_DIMENSION, maxLength: TOY_DIMENSION }), (e) => {
        expect(decodeToy(e, 4).rgb.every((v) => Number.isFinite(v) && v >= 0 && v <= 1)).toBe(true);
      }),
    );
  });
});

describe('rgbValues', () => {
  it('counts 3 numbers per pixel', async () => {
    const { rgbValues, UNCLIP_SIDES } = await import('@/lib/clip/unclip-toy');
    expect(UNCLIP_SIDES.map(rgbValues)).toEqual([12_288, 196_608, 3_145_728]);
    expect(() => rgbValues(0)).toThrow(RangeError);
  });
});
