// sitemap.xml: the home page and every chapter (reading view and slides) in both languages, with the
// other language as an alternate.
import type { MetadataRoute } from 'next';
import { listChapters } from '@/lib/content/chapters.server';
import { htmlLang, locales } from '@/lib/i18n/locales';
import { siteUrl } from '@/lib/site';

export const dynamic = 'force-static';

function entry(path: (lang: string) => string, lang: string): MetadataRoute.Sitemap[number] {
  return {
    url: `${siteUrl}${path(lang)}`,
    alternates: { languages: Object.fromEntries(locales.map((l) => [htmlLang[l], `${siteUrl}${path(l)}`])) },
  };
}

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const pages: MetadataRoute.Sitemap = [];
  for (const lang of locales) {
    pages.push(entry((l) => `/${l}/`, lang));
    pages.push(entry((l) => `/${l}/glossary/`, lang));
    for (const chapter of await listChapters(lang)) {
      pages.push(entry((l) => `/${l}/${chapter.slug}/`, lang));
      pages.push(entry((l) => `/${l}/${chapter.slug}/slides/`, lang));
    }
  }
  return pages;
}
