// Number formatting shared by the live widget and its static fallback.
export function formatUnits(value: number, lang: 'en' | 'zh'): string {
  return new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en', { maximumFractionDigits: value < 10 ? 1 : 0 }).format(value);
}
