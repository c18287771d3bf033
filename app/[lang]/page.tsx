// A language's home page: what the site is, the chapters with their summaries, and how to use it in class.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SiteHeader } from '@/components/layout/site-header';
import { listChapters } from '@/lib/content/chapters.server';
import { isLocale } from '@/lib/i18n/locales';
import { strings } from '@/lib/i18n/strings';
import { pageUrls } from '@/lib/site';

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  const { lang } = await params;
  if (!isLocale(lang)) return {};
  const urls = pageUrls((l) => `/${l}/`, lang);
  const t = strings[lang];
  return {
    title: { absolute: t.siteName },
    description: t.siteTagline,
    alternates: urls,
    openGraph: { type: 'website', title: t.siteName, description: t.siteTagline, url: urls.canonical, siteName: t.siteName, locale: lang === 'zh' ? 'zh_CN' : 'en_US' },
    twitter: { card: 'summary', title: t.siteName, description: t.siteTagline },
  };
}

export default async function Home({ params }: { params: Promise<{ lang: string }> }) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  const t = strings[lang];
  const chapters = await listChapters(lang);
  return (
    <>
      <SiteHeader lang={lang} chapters={chapters} />
      <main id="main" className="mx-auto max-w-4xl px-4 py-10 sm:px-6">
        <h1 className="text-3xl font-bold sm:text-4xl">{t.siteName}</h1>
        <p className="mt-3 text-lg" style={{ color: 'var(--muted)' }}>{t.siteTagline}</p>
        <p className="mt-6 max-w-[72ch] text-[1.0625rem]">{t.homeIntro}</p>
        <h2 className="mt-10 text-2xl font-bold">{t.chapters}</h2>
        <ol className="mt-4 grid gap-4 sm:grid-cols-2">
          {chapters.map((c) => (
            <li key={c.slug}>
              <a href={`/${lang}/${c.slug}/`} className="block h-full rounded-lg border border-[var(--border)] p-4 no-underline hover:bg-[var(--surface)]">
                <span className="block text-sm" style={{ color: 'var(--muted)' }}>{t.chapterNumber(c.order)}</span>
                <span className="mt-1 block text-lg font-semibold" style={{ color: 'var(--fg)' }}>{c.title}</span>
                <span className="mt-2 block" style={{ color: 'var(--fg)' }}>{c.summary}</span>
              </a>
            </li>
          ))}
        </ol>
        <p className="mt-6">
          <a href={`/${lang}/glossary/`}>{t.glossary}</a>
        </p>
        <h2 className="mt-10 text-2xl font-bold">{t.homeInClassTitle}</h2>
        <ul className="mt-4 list-disc space-y-2 ps-6">
          {t.homeInClass.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </main>
    </>
  );
}
