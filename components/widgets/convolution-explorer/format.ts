// Numbers in the convolution widget: at most three decimals, no "-0".
import type { Locale } from '@/lib/i18n/locales';

export function formatValue(x: number, lang: Locale): string {
  const text = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en', { maximumFractionDigits: 3 }).format(x);
  return text === '-0' ? '0' : text;
}
