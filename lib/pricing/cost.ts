// What a request would have cost: tokens times the price per 1,000 tokens, for one request and for many,
// and money written out so that tiny amounts stay readable (never in exponent notation, never NaN).
import { TOKENS_PER_UNIT, type TokenPrice } from './prices';

function checkCount(name: string, n: number): void {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`${name} must be a whole number >= 0, got ${n}`);
}

/** Cost in US dollars of `tokens` tokens at `usdPer1k` dollars per 1,000 tokens. */
export function tokenCost(tokens: number, usdPer1k: number): number {
  checkCount('tokens', tokens);
  if (!Number.isFinite(usdPer1k) || usdPer1k < 0) throw new RangeError(`usdPer1k must be a finite number >= 0, got ${usdPer1k}`);
  return (tokens / TOKENS_PER_UNIT) * usdPer1k;
}

export interface CostRow {
  model: string;
  usdPer1k: number;
  sameTokenizer: boolean;
  perRequest: number;
  perBatch: number;
}

/**
 * One row per model: the cost of one request of `promptTokens` + `replyTokens` (both are billed), and of
 * `requests` such requests.
 */
export function costTable(promptTokens: number, replyTokens: number, prices: readonly TokenPrice[], requests = 1000): CostRow[] {
  checkCount('promptTokens', promptTokens);
  checkCount('replyTokens', replyTokens);
  checkCount('requests', requests);
  return prices.map((p) => {
    const perRequest = tokenCost(promptTokens + replyTokens, p.usdPer1k);
    return { model: p.model, usdPer1k: p.usdPer1k, sameTokenizer: p.sameTokenizer, perRequest, perBatch: perRequest * requests };
  });
}

/** Tokens per 100 characters (code points), or null for empty text. */
export function tokensPer100Chars(tokens: number, characters: number): number | null {
  checkCount('tokens', tokens);
  checkCount('characters', characters);
  return characters === 0 ? null : (100 * tokens) / characters;
}

/** Characters as a reader counts them: code points, so an emoji is one character, not two UTF-16 units. */
export function countCharacters(text: string): number {
  let n = 0;
  for (const _ of text) n += 1;
  return n;
}

/**
 * US dollars for display: "$0" for zero; three significant digits below one dollar ("$0.000004",
 * "$0.0046"); cents up to $100; whole dollars with separators above. Throws on non-finite or negative.
 */
export function formatUsd(value: number, lang: 'en' | 'zh' = 'en'): string {
  if (!Number.isFinite(value) || value < 0) throw new RangeError(`value must be a finite amount >= 0, got ${value}`);
  const locale = lang === 'zh' ? 'zh-CN' : 'en-US';
  if (value === 0) return '$0';
  const options: Intl.NumberFormatOptions =
    value < 1 ? { maximumSignificantDigits: 3 } : value < 100 ? { minimumFractionDigits: 2, maximumFractionDigits: 2 } : { maximumFractionDigits: 0 };
  return `$${new Intl.NumberFormat(locale, { ...options, useGrouping: true }).format(value)}`;
}

/** Repeats `text` (joined by a blank line) until it is at least `length` characters long: the huge preset. */
export function repeatToLength(text: string, length: number): string {
  checkCount('length', length);
  if (text.length === 0) throw new RangeError('text must not be empty');
  // n copies joined by two characters are n·(len + 2) − 2 long.
  const copies = Math.max(1, Math.ceil((length + 2) / (text.length + 2)));
  return Array.from({ length: copies }, () => text).join('\n\n');
}
