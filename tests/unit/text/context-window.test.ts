import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { demonstrationsThatFit, GPT3_CONTEXT_TOKENS, pickDemonstrations, promptLines, shotCount, windowShare } from '@/lib/text/context-window';

const pool = Object.freeze([Object.freeze(['苹果', 'apple'] as const), Object.freeze(['猫', 'cat'] as const), Object.freeze(['书', 'book'] as const)]);

describe('shotCount and pickDemonstrations', () => {
  it('uses 0, 1 or k demonstrations', () => {
    expect(shotCount('zero', 7)).toBe(0);
    expect(shotCount('one', 7)).toBe(1);
    expect(shotCount('few', 7)).toBe(7);
    expect(() => shotCount('few', 0)).toThrow(RangeError);
    expect(() => shotCount('few', 2.5)).toThrow(/whole number/);
  });

  it('takes the pool in order and repeats it when asked for more', () => {
    expect(pickDemonstrations(pool, 2)).toEqual([pool[0], pool[1]]);
    expect(pickDemonstrations(pool, 4)).toEqual([pool[0], pool[1], pool[2], pool[0]]);
    expect(pickDemonstrations([], 0)).toEqual([]);
    expect(() => pickDemonstrations([], 1)).toThrow(/pool/);
    expect(() => pickDemonstrations(pool, -1)).toThrow(RangeError);
  });
});

describe('promptLines', () => {
  it('lays the prompt out as in the GPT-3 paper: task line, demonstrations, then the query ending in =>', () => {
    expect(promptLines({ description: 'Translate Chinese to English:', demonstrations: pool.slice(0, 2), query: '奶酪' })).toEqual([
      'Translate Chinese to English:\n',
      '苹果 => apple\n',
      '猫 => cat\n',
      '奶酪 =>',
    ]);
    expect(promptLines({ description: null, demonstrations: [], query: '奶酪' })).toEqual(['奶酪 =>']);
  });
});

describe('demonstrationsThatFit', () => {
  it('divides what the window has left by the mean demonstration length', () => {
    // 2048 − 48 = 2000 tokens left; mean (8 + 10 + 12) / 3 = 10 → 200 demonstrations.
    expect(demonstrationsThatFit(48, [8, 10, 12])).toEqual({ meanDemonstrationTokens: 10, freeTokens: 2000, fit: 200 });
    expect(demonstrationsThatFit(0, [7], 20)).toEqual({ meanDemonstrationTokens: 7, freeTokens: 20, fit: 2 });
  });

  it('fits nothing when the fixed part fills the window', () => {
    expect(demonstrationsThatFit(3000, [5])).toEqual({ meanDemonstrationTokens: 5, freeTokens: 0, fit: 0 });
  });

  it('never overfills the window (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4000 }), fc.array(fc.integer({ min: 1, max: 60 }), { minLength: 1, maxLength: 30 }), (fixed, demos) => {
        const { fit, meanDemonstrationTokens: mean } = demonstrationsThatFit(fixed, demos);
        if (fixed >= GPT3_CONTEXT_TOKENS) return fit === 0;
        // The largest whole number that fits: one more demonstration would overflow.
        return fixed + fit * mean <= GPT3_CONTEXT_TOKENS + 1e-9 && fixed + (fit + 1) * mean > GPT3_CONTEXT_TOKENS - 1e-9;
      }),
    );
  });

  it('throws a RangeError for bad counts', () => {
    expect(() => demonstrationsThatFit(10, [])).toThrow(/must not be empty/);
    expect(() => demonstrationsThatFit(-1, [5])).toThrow(/fixedTokens/);
    expect(() => demonstrationsThatFit(10, [5, 0])).toThrow(/demonstrationTokens\[1\]/);
    expect(() => demonstrationsThatFit(10, [5], 0)).toThrow(/contextTokens/);
    expect(() => demonstrationsThatFit(Number.NaN, [5])).toThrow(RangeError);
  });
});

describe('windowShare', () => {
  it('is the prompt length over n_ctx = 2048', () => {
    expect(GPT3_CONTEXT_TOKENS).toBe(2048);
    expect(windowShare(512)).toBe(0.25);
    expect(windowShare(4096)).toBe(2);
    expect(() => windowShare(-1)).toThrow(RangeError);
    expect(() => windowShare(1, 0)).toThrow(RangeError);
  });
});
