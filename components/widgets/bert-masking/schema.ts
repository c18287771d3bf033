// The BERT widget's URL parameters (`?bert.seed=4&bert.pair=2&bert.text=…`) and sentence presets.
import type { Locale } from '@/lib/i18n/locales';
import { isWordToken, tokenize } from '@/lib/text/tokenize';
import type { Schema } from '@/lib/url-state';

export const NAMESPACE = 'bert';
export const bertMaskingSchema = {
  /** Seed of the masking draw; "resample" adds one. */
  seed: { kind: 'number', min: 0, max: 999_999, default: 1, integer: true },
  /** Seed of the next-sentence pair; "new pair" adds one. */
  pair: { kind: 'number', min: 0, max: 999_999, default: 1, integer: true },
} as const satisfies Schema;

export const TEXT_PARAM = `${NAMESPACE}.text`;
export const MAX_CHARS = 200;
export const MAX_TOKENS = 40;
/** Draws the counter runs: enough for the shares to settle within about a tenth of a percent. */
export const COUNTER_DRAWS = 100_000;
/** Draws behind the static fallback's shares, computed at build time. */
export const FALLBACK_DRAWS = 10_000;
export const NSP_DRAWS = 2_000;

export const presets: Record<Locale, readonly string[]> = {
  en: [
    'The cat sleeps on the warm sofa and the dog runs in the garden.',
    'A small bird flies over the river while a big fish swims in the lake.',
    'Anna feeds the cat at seven, and Tom feeds the dog at seven too.',
  ],
  zh: ['每天早上，猫在沙发上睡觉，狗在院子里跑。', '小鸟从河上飞过，大鱼在湖里游来游去。', '小明每天七点喂猫，小红每天七点喂狗。'],
};

/** A sentence needs at least one word and at most MAX_TOKENS tokens. */
export function isValidSentence(text: string, lang: Locale): boolean {
  if (text.length > MAX_CHARS) return false;
  const tokens = tokenize(text, lang);
  return tokens.length <= MAX_TOKENS && tokens.some(isWordToken);
}
