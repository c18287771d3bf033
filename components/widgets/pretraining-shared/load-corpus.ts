// Loads the shipped corpus for one language as its own chunk, once, for the widgets that need it; a
// widget reads it with React's use(), so the island shows its fallback until the text is there.
import type { Locale } from '@/lib/i18n/locales';

const cache = new Map<Locale, Promise<string>>();

export function loadCorpus(lang: Locale): Promise<string> {
  let text = cache.get(lang);
  if (!text) {
    text =
      lang === 'zh'
        ? import('@/content/data/pretraining/corpus-zh').then((m) => m.corpusZh)
        : import('@/content/data/pretraining/corpus-en').then((m) => m.corpusEn);
    cache.set(lang, text);
  }
  return text;
}
