// Numbers for the text-to-image widgets and their fallbacks, in the page's language; never "NaN".
import type { Locale } from '@/lib/i18n/locales';

const tag = (lang: Locale) => (lang === 'zh' ? 'zh-CN' : 'en');

/** A share in [0, 1] as a percentage. */
export function formatPercent(share: number, lang: Locale, digits = 1): string {
  if (!Number.isFinite(share)) return '–';
  return new Intl.NumberFormat(tag(lang), { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(share);
}

/** A number with a fixed count of decimals (small ones in scientific notation so they do not read as 0). */
export function formatNumber(x: number, lang: Locale, digits = 3): string {
  if (!Number.isFinite(x)) return '–';
  if (x !== 0 && Math.abs(x) < 10 ** -digits) return x.toExponential(1);
  return new Intl.NumberFormat(tag(lang), { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(x);
}

export function formatCount(n: number, lang: Locale): string {
  if (!Number.isFinite(n)) return '–';
  return new Intl.NumberFormat(tag(lang), { maximumFractionDigits: 0 }).format(n);
}
