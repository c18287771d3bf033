// Where the site is published; canonical, alternate-language and sitemap URLs are built from this setting.
import { htmlLang, locales, type Locale } from './i18n/locales';

export const siteUrl = (process.env.SITE_URL ?? 'https://aigc-explained.example').replace(/\/+$/, '');

/** Canonical URL of a page and its alternates in every language (paths like `/en/gan/`). */
export function pageUrls(path: (lang: Locale) => string, lang: Locale) {
  return {
    canonical: `${siteUrl}${path(lang)}`,
    languages: {
      ...Object.fromEntries(locales.map((l) => [htmlLang[l], `${siteUrl}${path(l)}`])),
      'x-default': `${siteUrl}${path('en')}`,
    },
  };
}
