// The site's languages and how each is named in URLs, in <html lang> and to readers.
export const locales = ['en', 'zh'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'en';

export const htmlLang: Record<Locale, string> = { en: 'en', zh: 'zh-CN' };
export const localeName: Record<Locale, string> = { en: 'English', zh: '中文' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

export function otherLocale(locale: Locale): Locale {
  return locale === 'en' ? 'zh' : 'en';
}

/** Picks the best site language from a browser's ordered preferences (navigator.languages). */
export function pickLocale(preferences: readonly string[]): Locale {
  for (const pref of preferences) {
    const primary = pref.toLowerCase().split('-')[0];
    if (isLocale(primary)) return primary;
  }
  return defaultLocale;
}
