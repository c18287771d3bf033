// Numbers in the CLIP widget: losses with three decimals, matrix entries short enough for eight columns.
import type { Locale } from '@/lib/i18n/locales';

const tag = (lang: Locale) => (lang === 'zh' ? 'zh-CN' : 'en');

export function formatFixed(x: number, lang: Locale, digits: number): string {
  if (!Number.isFinite(x)) return '–';
  const text = new Intl.NumberFormat(tag(lang), { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(x);
  return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
}

/** A matrix entry: logits with one decimal (no decimal from 100 up), probabilities with two. */
export function formatCell(x: number, view: 'logits' | 'rows' | 'cols', lang: Locale): string {
  if (view !== 'logits') return formatFixed(x, lang, 2);
  return formatFixed(x, lang, Math.abs(x) >= 100 ? 0 : 1);
}
