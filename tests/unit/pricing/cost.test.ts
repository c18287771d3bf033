import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { costTable, countCharacters, formatUsd, repeatToLength, tokenCost, tokensPer100Chars } from '@/lib/pricing/cost';
import { imagePrices, isPriceList, tokenPrices } from '@/lib/pricing/prices';

describe('prices (FACTS.md §9)', () => {
  const early = Object.fromEntries(tokenPrices['early-2023'].map((p) => [p.model, p.usdPer1k]));
  const mid = Object.fromEntries(tokenPrices['mid-2022'].map((p) => [p.model, p.usdPer1k]));
  it('has the early-2023 and pre-cut rates per 1,000 tokens', () => {
    expect(early).toEqual({ 'gpt-3.5-turbo': 0.002, davinci: 0.02, curie: 0.002, babbage: 0.0005, ada: 0.0004 });
    expect(mid).toEqual({ davinci: 0.06, curie: 0.006, babbage: 0.0012, ada: 0.0008 });
  });
  it('marks gpt-3.5-turbo as counted with a different tokenizer', () => {
    expect(tokenPrices['early-2023'].find((p) => p.model === 'gpt-3.5-turbo')?.sameTokenizer).toBe(false);
    expect(tokenPrices['early-2023'].filter((p) => p.sameTokenizer)).toHaveLength(4);
  });
  it('has DALL·E at $0.016 to $0.020 by size', () => {
    expect(imagePrices.map((p) => p.usd)).toEqual([0.016, 0.018, 0.02]);
    expect(isPriceList('mid-2022')).toBe(true);
    expect(isPriceList('2024')).toBe(false);
  });
});

describe('tokenCost and costTable', () => {
  it('bills per 1,000 tokens', () => {
    expect(tokenCost(1000, 0.02)).toBeCloseTo(0.02, 15);
    expect(tokenCost(1500, 0.02)).toBeCloseTo(0.03, 15);
    expect(tokenCost(0, 0.02)).toBe(0);
    expect(tokenCost(250_000, 0.0004)).toBeCloseTo(0.1, 12);
  });

  it('bills prompt plus reply, per request and per 1,000 requests', () => {
    const rows = costTable(600, 400, tokenPrices['early-2023']);
    const davinci = rows.find((r) => r.model === 'davinci');
    expect(davinci?.perRequest).toBeCloseTo(0.02, 12);
    expect(davinci?.perBatch).toBeCloseTo(20, 9);
    const turbo = rows.find((r) => r.model === 'gpt-3.5-turbo');
    expect((davinci?.perRequest ?? 0) / (turbo?.perRequest ?? 1)).toBeCloseTo(10, 9);
  });

  it('shows the 2022 price cut as a factor of three for Davinci', () => {
    const [before] = costTable(1000, 0, tokenPrices['mid-2022']);
    const after = costTable(1000, 0, tokenPrices['early-2023']).find((r) => r.model === 'davinci');
    expect((before?.perRequest ?? 0) / (after?.perRequest ?? 1)).toBeCloseTo(3, 9);
  });

  it('rejects counts that are not whole numbers >= 0 and bad prices', () => {
    for (const bad of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => tokenCost(bad, 0.02)).toThrow(RangeError);
      expect(() => costTable(bad, 0, tokenPrices['early-2023'])).toThrow(/promptTokens/);
      expect(() => costTable(0, bad, tokenPrices['early-2023'])).toThrow(/replyTokens/);
    }
    expect(() => tokenCost(1, -0.01)).toThrow(/usdPer1k/);
    expect(() => tokenCost(1, Number.NaN)).toThrow(/usdPer1k/);
  });

  it('is linear and never non-finite for any count up to a billion tokens (property)', () => {
    fc.assert(
      fc.property(fc.nat(1e9), fc.nat(1e6), (a, b) => {
        for (const row of costTable(a, b, tokenPrices['early-2023'])) {
          expect(Number.isFinite(row.perBatch)).toBe(true);
          expect(row.perRequest).toBeCloseTo(tokenCost(a, row.usdPer1k) + tokenCost(b, row.usdPer1k), 6);
        }
      }),
    );
  });
});

describe('formatUsd', () => {
  it('keeps tiny amounts readable and large ones whole', () => {
    expect(formatUsd(0)).toBe('$0');
    expect(formatUsd(0.000004)).toBe('$0.000004');
    expect(formatUsd(0.0046)).toBe('$0.0046');
    expect(formatUsd(0.123456)).toBe('$0.123');
    expect(formatUsd(1.5)).toBe('$1.50');
    expect(formatUsd(5003.2)).toBe('$5,003');
    expect(formatUsd(0.000004, 'zh')).toBe('$0.000004');
  });

  it('never prints exponent notation, NaN or Infinity (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e12, noNaN: true }), (v) => {
        expect(formatUsd(v)).toMatch(/^\$[\d,.]+$/);
      }),
    );
  });

  it('throws on amounts it cannot show', () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, -1]) expect(() => formatUsd(bad)).toThrow(RangeError);
  });
});

describe('characters, density and the huge preset', () => {
  it('counts emoji as one character each', () => {
    expect(countCharacters('')).toBe(0);
    expect(countCharacters('a😀b')).toBe(3);
    expect(countCharacters('中文')).toBe(2);
  });
  it('gives tokens per 100 characters, or null for empty text', () => {
    expect(tokensPer100Chars(25, 100)).toBe(25);
    expect(tokensPer100Chars(0, 0)).toBeNull();
    expect(() => tokensPer100Chars(-1, 3)).toThrow(RangeError);
  });
  it('repeats a sample to at least the asked length', () => {
    const long = repeatToLength('abc', 1_000_000);
    expect(long.length).toBeGreaterThanOrEqual(1_000_000);
    expect(long.length).toBeLessThan(1_000_010);
    expect(() => repeatToLength('', 10)).toThrow(RangeError);
  });
});
