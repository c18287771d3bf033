// The glossary: every term with a short definition, a stable id (/en/glossary/#mode-collapse) and a link to
// the section that explains it.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SiteHeader } from '@/components/layout/site-header';
import { getChapter, listChapters } from '@/lib/content/chapters.server';
import { loadGlossary } from '@/lib/content/glossary.server';
import { htmlLang, isLocale, otherLocale } from '@/lib/i18n/locales';
import { strings } from '@/lib/i18n/strings';
import { pageUrls } from '@/lib/site';

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  const { lang } = await params;
  if (!isLocale(lang)) return {};
  const t = strings[lang];
  const urls = pageUrls((l) => `/${l}/glossary/`, lang);
  return {
    title: t.glossary,
    description: t.glossaryIntro.split(/(?<=[.。])/)[0],
    alternates: urls,
    openGraph: { type: 'website', title: t.glossary, url: urls.canonical, siteName: t.siteName },
  };
}

export default async function GlossaryPage({ params }: { params: Promise<{ lang: string }> }) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  const t = strings[lang];
  const [chapters, glossary] = await Promise.all([listChapters(lang), loadGlossary()]);
  if (!glossary) notFound();
  const compiled = new Map(await Promise.all(chapters.map(async (c) => [c.slug, await getChapter(lang, c.slug)] as const)));
  const collator = new Intl.Collator(htmlLang[lang], { sensitivity: 'base' });
  const entries = [...glossary.entries].sort((a, b) => collator.compare(a.term[lang], b.term[lang]));
  const other = otherLocale(lang);

  return (
    <>
      <SiteHeader lang={lang} chapters={chapters} current="glossary" />
      <main id="main" className="mx-auto max-w-4xl px-4 py-10 sm:px-6">
        <h1 className="text-3xl font-bold sm:text-4xl">{t.glossary}</h1>
        <p className="mt-3 max-w-[72ch]" style={{ color: 'var(--muted)' }}>{t.glossaryIntro}</p>
        <dl className="mt-8 space-y-6" data-pagefind-body>
          {entries.map((entry) => {
            const chapter = compiled.get(entry.chapter);
            const section = chapter?.headings.find((h) => h.id === entry.section);
            return (
              <div key={entry.id} id={entry.id} className="scroll-mt-20 border-b border-[var(--border)] pb-5">
                <dt className="text-lg font-semibold">
                  <a href={`#${entry.id}`} className="no-underline" style={{ color: 'var(--fg)' }}>
                    {entry.term[lang]}
                  </a>
                  {entry.term[other] !== entry.term[lang] ? (
                    <span lang={htmlLang[other]} className="ms-2 text-base font-normal" style={{ color: 'var(--muted)' }}>
                      {entry.term[other]}
                    </span>
                  ) : null}
                </dt>
                <dd className="mt-1">
                  <p>{entry.definition[lang]}</p>
                  {chapter && section ? (
                    <p className="mt-1 text-sm">
                      {t.explainedIn}:{' '}
                      <a href={`/${lang}/${entry.chapter}/#${entry.section}`} data-testid="glossary-section-link">
                        {chapter.frontmatter.title} › {section.text}
                      </a>
                    </p>
                  ) : null}
                </dd>
              </div>
            );
          })}
        </dl>
      </main>
    </>
  );
}
