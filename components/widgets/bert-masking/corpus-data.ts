// What the BERT widget takes from a corpus: its word vocabulary (for the 10% random replacements) and its
// sentences (for next-sentence pairs), computed once per language.
import type { Locale } from '@/lib/i18n/locales';
import { isWordToken, toSentences, tokenize } from '@/lib/text/tokenize';

export interface BertCorpus {
  readonly vocabulary: readonly string[];
  readonly sentences: readonly (readonly string[])[];
}

const cache = new Map<string, BertCorpus>();

export function bertCorpus(text: string, lang: Locale): BertCorpus {
  const key = `${lang}:${text.length}`;
  let data = cache.get(key);
  if (!data) {
    const tokens = tokenize(text, lang);
    data = { vocabulary: [...new Set(tokens.filter(isWordToken))], sentences: toSentences(tokens) };
    cache.set(key, data);
  }
  return data;
}
