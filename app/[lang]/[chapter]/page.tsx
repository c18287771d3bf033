// The reading view of one chapter: contents, prose with server-rendered math, live widgets, references.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import 'katex/dist/katex.min.css';
import { ChapterNav } from '@/components/layout/chapter-nav';
import { SiteHeader } from '@/components/layout/site-header';
import { Toc, type TocItem } from '@/components/layout/toc';
import { ChapterBody } from '@/components/mdx/chapter-body';
import { References } from '@/components/mdx/references';
import { allChapterParams, getChapter, listChapters } from '@/lib/content/chapters.server';
import { loadGlossary } from '@/lib/content/glossary.server';
import { isLocale } from '@/lib/i18n/locales';
import { strings } from '@/lib/i18n/strings';
import { pageUrls } from '@/lib/site';

type Params = Promise<{ lang: string; chapter: string }>;

export const dynamicParams = false;

export function generateStaticParams() {
  return allChapterParams();
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { lang, chapter } = await params;
  if (!isLocale(lang)) return {};
  const { frontmatter } = await getChapter(lang, chapter);
  const urls = pageUrls((l) => `/${l}/${chapter}/`, lang);
  return {
    title: frontmatter.title,
    description: frontmatter.description,
    alternates: urls,
    openGraph: {
      type: 'article',
      title: frontmatter.title,
      description: frontmatter.description,
      url: urls.canonical,
      siteName: strings[lang].siteName,
      locale: lang === 'zh' ? 'zh_CN' : 'en_US',
      alternateLocale: lang === 'zh' ? 'en_US' : 'zh_CN',
    },
    twitter: { card: 'summary_large_image', title: frontmatter.title, description: frontmatter.description },
  };
}

export default async function ChapterPage({ params }: { params: Params }) {
  const { lang, chapter: slug } = await params;
  if (!isLocale(lang)) notFound();
  const t = strings[lang];
  const [chapter, chapters, glossary] = await Promise.all([getChapter(lang, slug), listChapters(lang), loadGlossary()]);
  const toc: TocItem[] = [...chapter.headings];
  if (chapter.references.length > 0) toc.push({ depth: 2, id: 'references', text: t.references });

  return (
    <>
      <SiteHeader lang={lang} chapters={chapters} current={slug} slides />
      <div className="mx-auto max-w-7xl px-4 sm:px-6 lg:grid lg:grid-cols-[15rem_minmax(0,1fr)] lg:gap-10">
        <aside className="no-print hidden lg:block">
          <div className="sticky top-20 max-h-[calc(100vh-6rem)] overflow-y-auto py-8">
            <p className="mb-2 px-2 text-sm font-semibold">{t.onThisPage}</p>
            <Toc items={toc} label={t.onThisPage} />
          </div>
        </aside>
        <main id="main" className="min-w-0 py-8">
          <p className="text-sm" style={{ color: 'var(--muted)' }}>{t.chapterNumber(chapter.frontmatter.order)}</p>
          <h1 className="mt-1 text-3xl font-bold sm:text-4xl" data-pagefind-meta="title">{chapter.frontmatter.title}</h1>
          <p className="mt-3 max-w-[72ch] text-lg" style={{ color: 'var(--muted)' }}>{chapter.frontmatter.summary}</p>
          <details className="no-print mt-6 rounded-md border border-[var(--border)] p-2 lg:hidden">
            <summary className="cursor-pointer px-2 py-1 font-medium">{t.contents}</summary>
            <div className="mt-2">
              <Toc items={toc} label={t.contents} />
            </div>
          </details>
          <article className="prose mt-6" data-pagefind-body>
            <ChapterBody code={chapter.code} lang={lang} glossary={glossary} />
            <References references={chapter.references} title={t.references} />
          </article>
          <ChapterNav lang={lang} chapters={chapters} current={slug} />
        </main>
      </div>
    </>
  );
}
