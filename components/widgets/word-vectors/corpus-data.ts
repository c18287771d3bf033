// The corpus as training sentences (English words, Chinese characters), computed once per language.
import type { Locale } from '@/lib/i18n/locales';
import { tokenize, toSentences } from '@/lib/text/tokenize';

const cache = new Map<string, string[][]>();

export function trainingSentences(text: string, lang: Locale): string[][] {
  const key = `${lang}:${text.length}`;
  let sentences = cache.get(key);
  if (!sentences) {
    sentences = toSentences(tokenize(text, lang));
    cache.set(key, sentences);
  }
  return sentences;
}
