// The word-vector widget's URL parameters (`?w2v.seed=2&w2v.epochs=15&w2v.a=cat&w2v.b=monday`) and the word
// groups drawn on its map.
import type { Locale } from '@/lib/i18n/locales';
import type { Schema } from '@/lib/url-state';

export const NAMESPACE = 'w2v';
export const w2vSchema = {
  seed: { kind: 'number', min: 1, max: 999_999, default: 1, integer: true },
  epochs: { kind: 'number', min: 1, max: 40, default: 15, integer: true },
} as const satisfies Schema;

export const WORD_A_PARAM = `${NAMESPACE}.a`;
export const WORD_B_PARAM = `${NAMESPACE}.b`;
export const NEIGHBOURS = 5;

export const defaultWords: Record<Locale, readonly [string, string]> = { en: ['cat', 'dog'], zh: ['猫', '狗'] };

/** Words that share contexts in the corpus, one group per colour on the map. */
export const groups: Record<Locale, readonly (readonly string[])[]> = {
  en: [
    ['cat', 'dog', 'horse', 'cow', 'bird', 'rabbit'],
    ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
    ['red', 'blue', 'green', 'yellow', 'white'],
    ['london', 'paris', 'rome', 'tokyo', 'beijing'],
    ['two', 'three', 'four', 'five', 'six'],
  ],
  zh: [
    ['猫', '狗', '马', '牛', '鸟', '兔'],
    ['红', '蓝', '绿', '黄', '白', '黑'],
    ['二', '三', '四', '五', '六', '七'],
    ['吃', '喝', '睡', '跑', '看', '玩'],
    ['雨', '雪', '风', '热', '冷'],
  ],
};

/** A typed word as the corpus spells it: English is lower-cased by the tokenizer, Chinese is one character. */
export function normaliseWord(text: string, lang: Locale): string {
  const trimmed = text.trim();
  return lang === 'en' ? trimmed.toLowerCase() : trimmed;
}
