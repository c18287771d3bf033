// The cost calculator's URL parameters (`?cost.sample=zh&cost.reply=200&cost.prices=mid-2022`). The text
// itself stays on the page; a link carries a sample, the reply length and the price list.
import { priceLists } from '@/lib/pricing/prices';
import type { Schema } from '@/lib/url-state';

export const NAMESPACE = 'cost';
export const samples = ['en', 'zh', 'emoji', 'mixed', 'code', 'huge', 'own'] as const;
export type SampleId = (typeof samples)[number];

export const REPLY_MAX = 10_000;
/** Longer text is not counted: past a few megabytes the page itself, not the count, becomes the problem. */
export const MAX_CHARS = 2_000_000;
/** The "huge" sample is the English one repeated to about a megabyte. */
export const HUGE_CHARS = 1_000_000;

export const costSchema = {
  sample: { kind: 'enum', values: samples, default: 'en' },
  reply: { kind: 'number', min: 0, max: REPLY_MAX, default: 0, integer: true },
  prices: { kind: 'enum', values: priceLists, default: 'early-2023' },
} as const satisfies Schema;
