// Numbers for the loss explorer in the page's language; a non-finite value shows a dash, never NaN.
import type { Locale } from '@/lib/i18n/locales';

export function formatNumber(x: number, lang: Locale, digits = 3): string {
  if (!Number.isFinite(x)) return '–';
  const text = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(x);
  // A true minus sign reads better next to the formulas than a hyphen.
  return text.replace('-', '−');
}
