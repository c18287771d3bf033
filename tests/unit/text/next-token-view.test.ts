import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { softmax } from '@/lib/math/softmax';
import { nextTokenProbabilities } from '@/lib/text/generate';
import { nextTokenView, samplingSettings } from '@/lib/text/next-token-view';
import { nextTokenLogits, trainNgram } from '@/lib/text/ngram';
import { tokenize } from '@/lib/text/tokenize';

const en = trainNgram(tokenize(readFileSync('content/data/corpus-en.txt', 'utf8'), 'en'));
const zh = trainNgram(tokenize(readFileSync('content/data/corpus-zh.txt', 'utf8'), 'zh'));

describe('samplingSettings', () => {
  it('turns top-k 0 and top-p 1 into "no cut"', () => {
    expect(samplingSettings(1, 0, 1)).toEqual({ temperature: 1, topK: undefined, topP: undefined });
    expect(samplingSettings(0.5, 5, 0.9)).toEqual({ temperature: 0.5, topK: 5, topP: 0.9 });
  });
});

describe('nextTokenView', () => {
  it('lists the most likely tokens first with their tempered probabilities', () => {
    const view = nextTokenView(en, ['the', 'cat'], samplingSettings(1, 0, 1), 12);
    const tempered = softmax(nextTokenLogits(en, ['the', 'cat']));
    expect(view.bars).toHaveLength(12);
    view.bars.forEach((bar, i) => {
      expect(bar.tempered).toBeCloseTo(tempered[bar.index]!, 12);
      expect(bar.token).toBe(en.vocabulary[bar.index]);
      if (i > 0) expect(bar.tempered).toBeLessThanOrEqual(view.bars[i - 1]!.tempered);
    });
    expect(view.keptCount).toBe(en.vocabulary.length);
    expect(view.keptMass).toBeCloseTo(1, 12);
    expect(view.usedContext).toEqual(['the', 'cat']);
  });

  it('marks exactly the tokens the sampler keeps under top-k', () => {
    const settings = samplingSettings(1, 3, 1);
    const view = nextTokenView(en, ['the', 'cat'], settings, 12);
    expect(view.keptCount).toBe(3);
    expect(view.bars.map((b) => b.kept)).toEqual([true, true, true, ...Array(9).fill(false)]);
    const final = nextTokenProbabilities(en, ['the', 'cat'], settings);
    view.bars.forEach((b) => expect(b.final).toBeCloseTo(final[b.index]!, 12));
    expect(view.bars.filter((b) => b.kept).reduce((s, b) => s + b.final, 0)).toBeCloseTo(1, 12);
    expect(view.keptMass).toBeCloseTo(view.bars.slice(0, 3).reduce((s, b) => s + b.tempered, 0), 12);
  });

  it('keeps a prefix of the ranking whose tempered mass reaches p under top-p (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.05, max: 0.99, noNaN: true }), fc.double({ min: 0.1, max: 3, noNaN: true }), (p, t) => {
        const view = nextTokenView(zh, ['猫', '喜'], samplingSettings(t, 0, p), 15);
        const kept = view.bars.map((b) => b.kept);
        const firstCut = kept.indexOf(false);
        const isPrefix = firstCut === -1 || kept.slice(firstCut).every((k) => !k);
        return isPrefix && view.keptMass >= p - 1e-9 && view.keptCount >= 1;
      }),
      { numRuns: 60 },
    );
  });

  it('backs off to a shorter context for words the corpus never had', () => {
    const view = nextTokenView(en, ['zebra', 'quantum'], samplingSettings(1, 0, 1));
    expect(view.usedContext).toEqual([]);
    expect(view.bars[0]!.tempered).toBeGreaterThan(0);
  });

  it('sharpens at low temperature and flattens at high temperature', () => {
    const cold = nextTokenView(en, ['the'], samplingSettings(0.2, 0, 1));
    const hot = nextTokenView(en, ['the'], samplingSettings(3, 0, 1));
    expect(cold.bars[0]!.tempered).toBeGreaterThan(hot.bars[0]!.tempered);
    expect(cold.bars[0]!.token).toBe(hot.bars[0]!.token);
  });

  it('throws a RangeError for a bad temperature or bar count', () => {
    expect(() => nextTokenView(en, ['the'], samplingSettings(0, 0, 1))).toThrow(RangeError);
    expect(() => nextTokenView(en, ['the'], samplingSettings(1, 0, 1), 0)).toThrow(/top/);
  });
});
