// The trigram model of one language's corpus, built once per language (server fallback and live widget).
import type { Locale } from '@/lib/i18n/locales';
import { trainNgram, type NgramModel } from '@/lib/text/ngram';
import { tokenize } from '@/lib/text/tokenize';
import { NGRAM_K, NGRAM_ORDER } from './schema';

const models = new Map<string, NgramModel>();

export function corpusModel(text: string, lang: Locale): NgramModel {
  const key = `${lang}:${text.length}`;
  let model = models.get(key);
  if (!model) {
    model = trainNgram(tokenize(text, lang), { order: NGRAM_ORDER, k: NGRAM_K });
    models.set(key, model);
  }
  return model;
}
