// The next-token widget's URL parameters (`?gpt.t=0.7&gpt.k=10&gpt.p=0.9&gpt.seed=3&gpt.prompt=the+dog`).
import type { Locale } from '@/lib/i18n/locales';
import { isWordToken, tokenize } from '@/lib/text/tokenize';
import type { Schema } from '@/lib/url-state';

export const NAMESPACE = 'gpt';
export const nextTokenSchema = {
  t: { kind: 'number', min: 0.05, max: 3, default: 1 },
  /** 0 turns top-k off. */
  k: { kind: 'number', min: 0, max: 50, default: 0, integer: true },
  /** 1 turns top-p off. */
  p: { kind: 'number', min: 0.05, max: 1, default: 1 },
  seed: { kind: 'number', min: 0, max: 999_999, default: 1, integer: true },
} as const satisfies Schema;

export const PROMPT_PARAM = `${NAMESPACE}.prompt`;
export const MAX_PROMPT_CHARS = 60;
export const MAX_GENERATED = 40;
export const BARS_SHOWN = 12;
export const NGRAM_ORDER = 3;
// Less smoothing than the model's default 0.01, so unseen words take a visible but small share of a tiny corpus's contexts.
export const NGRAM_K = 0.001;

export const defaultPrompt: Record<Locale, string> = { en: 'the cat', zh: '猫喜欢' };

/** A prompt needs a word (or Chinese character) and must stay short enough for a link. */
export function isValidPrompt(text: string, lang: Locale): boolean {
  return text.length <= MAX_PROMPT_CHARS && tokenize(text, lang).some(isWordToken);
}
