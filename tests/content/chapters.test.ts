// Every chapter compiles in both languages, with matching section ids that cover OUTLINE.md's, valid
// frontmatter and citations, and internal links that land on a real page and section.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { getChapter, listChapters, type Chapter } from '@/lib/content/chapters.server';
import { locales, type Locale } from '@/lib/i18n/locales';
import { parseOutlineMarkdown, readOutline, sharedOutlinePath } from './outline';

const chapters = new Map<string, Chapter>();
const key = (lang: Locale, slug: string) => `${lang}/${slug}`;

beforeAll(async () => {
  for (const lang of locales) {
    for (const summary of await listChapters(lang)) chapters.set(key(lang, summary.slug), await getChapter(lang, summary.slug));
  }
});

function sectionIds(chapter: Chapter): Set<string> {
  const ids = new Set(chapter.headings.map((h) => h.id));
  if (chapter.references.length > 0) {
    ids.add('references');
    for (const ref of chapter.references) ids.add(`ref-${ref.id}`);
  }
  return ids;
}

describe('chapters', () => {
  it('exist, and the same files exist in every language', async () => {
    const [en, zh] = await Promise.all([listChapters('en'), listChapters('zh')]);
    expect(en.length).toBeGreaterThan(0);
    expect(zh.map((c) => c.slug)).toEqual(en.map((c) => c.slug));
    expect(zh.map((c) => c.order)).toEqual(en.map((c) => c.order));
  });

  it('have unique order numbers', async () => {
    const orders = (await listChapters('en')).map((c) => c.order);
    expect(new Set(orders).size).toBe(orders.length);
  });

  it('have the same section ids, in the same order, in both languages', async () => {
    for (const summary of await listChapters('en')) {
      const en = chapters.get(key('en', summary.slug));
      const zh = chapters.get(key('zh', summary.slug));
      expect(zh?.headings.map((h) => [h.depth, h.id]), summary.slug).toEqual(en?.headings.map((h) => [h.depth, h.id]));
    }
  });

  it("include every section id OUTLINE.md requires for the chapter", async () => {
    const outline = readOutline();
    for (const lang of locales) {
      for (const summary of await listChapters(lang)) {
        const required = outline[summary.slug];
        expect(required, `${summary.slug} is not in content/data/outline.json`).toBeDefined();
        const ids = sectionIds(chapters.get(key(lang, summary.slug)) as Chapter);
        const missing = (required ?? []).filter((id) => !ids.has(id));
        expect(missing, `${lang}/${summary.slug} is missing sections`).toEqual([]);
      }
    }
  });

  it('cite the same sources in both languages', async () => {
    for (const summary of await listChapters('en')) {
      const en = chapters.get(key('en', summary.slug)) as Chapter;
      const zh = chapters.get(key('zh', summary.slug)) as Chapter;
      expect([...zh.cited].sort(), summary.slug).toEqual([...en.cited].sort());
      expect(en.cited.length, `${summary.slug} cites nothing`).toBeGreaterThan(0);
    }
  });

  it('link only to pages and sections that exist', async () => {
    const broken: string[] = [];
    for (const [where, chapter] of chapters) {
      const base = new URL(`http://site/${where}/`);
      for (const link of chapter.links) {
        if (/^(https?:|mailto:)/.test(link)) continue;
        const url = new URL(link, base);
        const parts = url.pathname.split('/').filter(Boolean);
        if (url.pathname === base.pathname) {
          const id = decodeURIComponent(url.hash.slice(1));
          if (id && !sectionIds(chapter).has(id)) broken.push(`${where}: ${link}`);
          continue;
        }
        const [lang, slug, ...rest] = parts;
        if (!lang || !locales.includes(lang as Locale)) {
          broken.push(`${where}: ${link}`);
          continue;
        }
        if (!slug) continue;
        const target = chapters.get(key(lang as Locale, slug));
        const isSlides = rest.length === 1 && rest[0] === 'slides';
        if (!target || (rest.length > 0 && !isSlides)) {
          broken.push(`${where}: ${link}`);
          continue;
        }
        const id = decodeURIComponent(url.hash.slice(1));
        if (id && !sectionIds(target).has(id)) broken.push(`${where}: ${link}`);
      }
    }
    expect(broken).toEqual([]);
  });
});

describe('outline', () => {
  const file = sharedOutlinePath();
  it.skipIf(!file)('content/data/outline.json matches shared/OUTLINE.md', () => {
    expect(readOutline()).toEqual(parseOutlineMarkdown(readFileSync(file as string, 'utf8')));
  });
});

describe('glossary', () => {
  // A term may name a chapter that is not written yet (the glossary page then shows no link); once the
  // chapter exists, the section must exist in both languages.
  it('points every term of a written chapter at a section that exists, in both languages', async () => {
    const { loadGlossary } = await import('@/lib/content/glossary.server');
    const glossary = await loadGlossary();
    expect(glossary).not.toBeNull();
    const missing: string[] = [];
    let linked = 0;
    for (const entry of glossary?.entries ?? []) {
      for (const lang of locales) {
        const chapter = chapters.get(key(lang, entry.chapter));
        if (!chapter) continue;
        linked += 1;
        if (!chapter.headings.some((h) => h.id === entry.section)) missing.push(`${entry.id} → ${lang}/${entry.chapter}#${entry.section}`);
      }
    }
    expect(missing).toEqual([]);
    expect(linked).toBeGreaterThan(0);
  });
});
