// A chapter as a classroom slide deck: each `##` section is a slide; the hash names the slide.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import 'katex/dist/katex.min.css';
import { ChapterBody } from '@/components/mdx/chapter-body';
import { References } from '@/components/mdx/references';
import { SlideDeck } from '@/components/slides/slide-deck';
import { slideLabels } from '@/components/slides/slide-labels';
import { SlideScript, slideOfHeadings } from '@/components/slides/slide-script';
import { allChapterParams, getChapter } from '@/lib/content/chapters.server';
import { loadGlossary } from '@/lib/content/glossary.server';
import { isLocale } from '@/lib/i18n/locales';
import { strings } from '@/lib/i18n/strings';
import { siteUrl } from '@/lib/site';

type Params = Promise<{ lang: string; chapter: string }>;

export const dynamicParams = false;

export function generateStaticParams() {
  return allChapterParams();
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { lang, chapter } = await params;
  if (!isLocale(lang)) return {};
  const { frontmatter } = await getChapter(lang, chapter);
  // The deck repeats the chapter, so search engines are pointed at the reading view.
  return {
    title: `${frontmatter.title} · ${slideLabels[lang].deck}`,
    description: frontmatter.description,
    alternates: { canonical: `${siteUrl}/${lang}/${chapter}/` },
  };
}

export default async function SlidesPage({ params }: { params: Params }) {
  const { lang, chapter: slug } = await params;
  if (!isLocale(lang)) notFound();
  const t = strings[lang];
  const [chapter, glossary] = await Promise.all([getChapter(lang, slug), loadGlossary()]);
  const headingText = new Map(chapter.headings.map((h) => [h.id, h.text]));
  const ids = ['title', ...chapter.sections, ...(chapter.references.length > 0 ? ['references'] : [])];
  const titles = ids.map((id) => (id === 'title' || id === 'intro' ? chapter.frontmatter.title : id === 'references' ? t.references : (headingText.get(id) ?? id)));

  return (
    <>
      <SlideScript slideOf={slideOfHeadings(chapter.headings, ids)} first={ids[0] ?? 'title'} />
      <SlideDeck ids={ids} titles={titles} lang={lang} readingPath={`/${lang}/${slug}/`}>
        <main id="main">
          <section data-section="title" className="chapter-section slide-title">
            <p style={{ color: 'var(--muted)' }}>{t.chapterNumber(chapter.frontmatter.order)}</p>
            <h1 className="font-bold">{chapter.frontmatter.title}</h1>
            <p style={{ color: 'var(--muted)' }}>{chapter.frontmatter.summary}</p>
          </section>
          <ChapterBody code={chapter.code} lang={lang} glossary={glossary} />
          <References references={chapter.references} title={t.references} />
        </main>
      </SlideDeck>
      <SlideScript />
    </>
  );
}
