// Percentages and counts for the pretraining widgets and their fallbacks, in the page's language.
import type { Locale } from '@/lib/i18n/locales';

const tag = (lang: Locale) => (lang === 'zh' ? 'zh-CN' : 'en');

/** A share in [0, 1] as a percentage; tiny non-zero shares say "<0.1%" instead of rounding to 0. */
export function formatPercent(share: number, lang: Locale, digits = 1): string {
  if (!Number.isFinite(share)) return '–';
  if (share > 0 && share < 0.001) return '<0.1%';
  return new Intl.NumberFormat(tag(lang), { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(share);
}

export function formatCount(n: number, lang: Locale): string {
  if (!Number.isFinite(n)) return '–';
  return new Intl.NumberFormat(tag(lang), { maximumFractionDigits: 1 }).format(n);
}
