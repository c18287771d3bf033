// OpenAI API prices as published in 2022 and early 2023 (FACTS.md §9), per 1,000 tokens of prompt plus
// completion, and DALL·E image prices. A snapshot for teaching, not today's prices.

export const priceLists = ['early-2023', 'mid-2022'] as const;
export type PriceListId = (typeof priceLists)[number];

export type Confidence = 'confirmed' | 'secondary';

export interface TokenPrice {
  /** Model name as the API used it. */
  model: string;
  usdPer1k: number;
  /** Whether our GPT-2/GPT-3 tokenizer counts this model's tokens exactly, or only approximately. */
  sameTokenizer: boolean;
  confidence: Confidence;
}

/** Billing unit: prices are per 1,000 tokens, prompt plus completion. */
export const TOKENS_PER_UNIT = 1000;

export const tokenPrices: Readonly<Record<PriceListId, readonly TokenPrice[]>> = {
  // From September 2022 to early 2023 (secondary: contemporaneous cost tables); gpt-3.5-turbo from 1 March 2023.
  'early-2023': [
    { model: 'gpt-3.5-turbo', usdPer1k: 0.002, sameTokenizer: false, confidence: 'secondary' },
    { model: 'davinci', usdPer1k: 0.02, sameTokenizer: true, confidence: 'secondary' },
    { model: 'curie', usdPer1k: 0.002, sameTokenizer: true, confidence: 'secondary' },
    { model: 'babbage', usdPer1k: 0.0005, sameTokenizer: true, confidence: 'secondary' },
    { model: 'ada', usdPer1k: 0.0004, sameTokenizer: true, confidence: 'secondary' },
  ],
  // The official pricing page as archived on 3 July 2022, before the price cut.
  'mid-2022': [
    { model: 'davinci', usdPer1k: 0.06, sameTokenizer: true, confidence: 'confirmed' },
    { model: 'curie', usdPer1k: 0.006, sameTokenizer: true, confidence: 'confirmed' },
    { model: 'babbage', usdPer1k: 0.0012, sameTokenizer: true, confidence: 'confirmed' },
    { model: 'ada', usdPer1k: 0.0008, sameTokenizer: true, confidence: 'confirmed' },
  ],
};

/** DALL·E API per image at its public beta (3 November 2022), by output size (secondary). */
export const imagePrices: readonly { size: string; usd: number }[] = [
  { size: '256×256', usd: 0.016 },
  { size: '512×512', usd: 0.018 },
  { size: '1024×1024', usd: 0.02 },
];

export function isPriceList(value: string): value is PriceListId {
  return (priceLists as readonly string[]).includes(value);
}
