// Counting in chunks must give the tokenizer package's own count: cuts fall only where its pre-split does.
import fc from 'fast-check';
import { countTokens } from 'gpt-tokenizer/encoding/r50k_base';
import { R50K_TOKEN_SPLIT_REGEX } from 'gpt-tokenizer/encodingParams/constants';
import { describe, expect, it } from 'vitest';
import samples from '@/content/data/in-practice/cost-samples.json';
import { repeatToLength } from '@/lib/pricing/cost';
import { GPT2_SPLIT, planChunks } from '@/lib/pricing/token-chunks';

// Special-token text such as <|endoftext|> is counted as ordinary text, as pasted text should be.
const options = { disallowedSpecial: new Set<string>() };
const count = (text: string) => countTokens(text, options);
const chunked = (text: string, target?: number, maxPiece?: number) => planChunks(text, { target, maxPiece }).chunks.reduce((n, c) => n + count(c), 0);

describe('GPT2_SPLIT', () => {
  it('is the pre-split pattern of the r50k_base (GPT-2/GPT-3) tokenizer', () => {
    expect(GPT2_SPLIT.source).toBe(R50K_TOKEN_SPLIT_REGEX.source);
    expect(GPT2_SPLIT.flags).toBe(R50K_TOKEN_SPLIT_REGEX.flags);
  });
});

describe('planChunks', () => {
  it('keeps every character, in order', () => {
    for (const text of Object.values(samples)) {
      const plan = planChunks(text, { target: 7 });
      expect(plan.chunks.join('')).toBe(text);
      expect(plan.exact).toBe(true);
    }
    expect(planChunks('')).toEqual({ chunks: [], exact: true, longestCut: 0 });
  });

  it('gives the same count as the tokenizer on the fixed samples, whatever the chunk size', () => {
    const known = { en: count(samples.en), zh: count(samples.zh) };
    expect(known.en).toBeGreaterThan(40);
    expect(known.zh).toBeGreaterThan(known.en);
    for (const [name, text] of Object.entries(samples)) {
      for (const target of [1, 3, 16, 1000]) expect(chunked(text, target), `${name} @${target}`).toBe(count(text));
    }
  });

  it('counts the 1 MB preset in many chunks with the same total', () => {
    const huge = repeatToLength(samples.en, 1_000_000);
    const plan = planChunks(huge);
    expect(plan.chunks.length).toBeGreaterThan(20);
    expect(plan.exact).toBe(true);
    expect(plan.chunks.reduce((n, c) => n + count(c), 0)).toBe(count(huge));
  });

  it('never ends a chunk on white space, whose split depends on what follows (found by the property below)', () => {
    const text = " \n\n's";
    expect(planChunks(text, { target: 3 }).chunks).toEqual([text]);
    expect(chunked(text, 3, 1_000)).toBe(count(text));
  });

  it('equals the whole count for any mix of scripts, emoji, digits, apostrophes and spaces (property)', () => {
    const pieces = ["'s", "'", 'll', ' ', '  ', '\n', '\t', 'a', 'Z', 'é', '中', '文', '，', '。', '1', '23', '😀', '👩‍🏫', '🏽', '!', '?', '<|endoftext|>', 'ab', 'x y'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), fc.integer({ min: 1, max: 12 }), (parts, target) => {
        const text = parts.join('');
        const plan = planChunks(text, { target, maxPiece: 1_000 });
        expect(plan.chunks.join('')).toBe(text);
        expect(chunked(text, target, 1_000)).toBe(count(text));
      }),
      { numRuns: 300 },
    );
  });

  it('cuts an over-long run, never inside a surrogate pair, and says the count is approximate', () => {
    const run = '😀'.repeat(1500);
    const plan = planChunks(`start ${run} end`, { maxPiece: 1001 });
    expect(plan.exact).toBe(false);
    expect(plan.longestCut).toBe(1501);
    for (const c of plan.chunks) expect(/[\ud800-\udbff]$/.test(c)).toBe(false);
    expect(plan.chunks.join('')).toBe(`start ${run} end`);
    const approx = plan.chunks.reduce((n, c) => n + count(c), 0);
    expect(Math.abs(approx - count(`start ${run} end`))).toBeLessThanOrEqual(8);
  });

  it('rejects nonsense options', () => {
    expect(() => planChunks('x', { target: 0 })).toThrow(RangeError);
    expect(() => planChunks('x', { maxPiece: 1 })).toThrow(RangeError);
  });
});
