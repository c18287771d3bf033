// Numbers for the chatgpt widgets in the page's language, with fixed decimals and a true minus sign (−1.5, as
// in the chapter's math); a non-finite value (which lib/ never returns) prints as a dash rather than NaN.
import type { Locale } from '@/lib/i18n/locales';

const tag = (lang: Locale) => (lang === 'zh' ? 'zh-CN' : 'en');
const minus = (text: string) => text.replace(/^-/, '−');

export function formatFixed(x: number, lang: Locale, digits = 2): string {
  if (!Number.isFinite(x)) return '–';
  // Avoid "-0.00" for tiny negatives.
  const rounded = Number(x.toFixed(digits));
  return minus(new Intl.NumberFormat(tag(lang), { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(rounded === 0 ? 0 : rounded));
}

/** A number with up to `digits` decimals and no trailing zeros (1, 0.5, 0.02). */
export function formatShort(x: number, lang: Locale, digits = 3): string {
  if (!Number.isFinite(x)) return '–';
  return minus(new Intl.NumberFormat(tag(lang), { maximumFractionDigits: digits }).format(Number(x.toFixed(digits)) || 0));
}
