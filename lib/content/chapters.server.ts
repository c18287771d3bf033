// Finds the chapters in content/<lang>/*.mdx and compiles them on demand; routes exist only for these.
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import matter from 'gray-matter';
import { locales, type Locale } from '../i18n/locales';
import { parseBibliography, type Reference } from './bibliography';
import { compileChapter, type CompiledChapter } from './compile.server';
import { parseFrontmatter, type Frontmatter } from './frontmatter';

export const contentRoot = path.join(process.cwd(), 'content');

export interface ChapterSummary extends Frontmatter {
  slug: string;
  lang: Locale;
}

export interface Chapter extends CompiledChapter {
  slug: string;
  lang: Locale;
  references: Reference[];
}

const SLUG = /^[a-z0-9][a-z0-9-]*$/;

export async function listChapters(lang: Locale, root = contentRoot): Promise<ChapterSummary[]> {
  const dir = path.join(root, lang);
  const files = (await readdir(dir)).filter((f) => f.endsWith('.mdx')).sort();
  const chapters = await Promise.all(
    files.map(async (name) => {
      const slug = name.slice(0, -'.mdx'.length);
      const file = path.relative(process.cwd(), path.join(dir, name));
      if (!SLUG.test(slug)) throw new Error(`${file}: file name must be a lower-case slug`);
      const { data } = matter(await readFile(path.join(dir, name), 'utf8'));
      return { ...parseFrontmatter(data, file), slug, lang };
    }),
  );
  return chapters.sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
}

export async function loadBibliography(root = contentRoot): Promise<Map<string, Reference>> {
  const file = path.join(root, 'data', 'bibliography.json');
  return parseBibliography(JSON.parse(await readFile(file, 'utf8')), path.relative(process.cwd(), file));
}

export async function getChapter(lang: Locale, slug: string, root = contentRoot): Promise<Chapter> {
  if (!SLUG.test(slug)) throw new Error(`not a chapter slug: ${slug}`);
  const file = path.join(root, lang, `${slug}.mdx`);
  const [source, bibliography] = await Promise.all([readFile(file, 'utf8'), loadBibliography(root)]);
  const compiled = await compileChapter(source, {
    file: path.relative(process.cwd(), file),
    knownReferences: new Set(bibliography.keys()),
  });
  const references = compiled.cited.map((id) => bibliography.get(id)).filter((r): r is Reference => r !== undefined);
  return { ...compiled, slug, lang, references };
}

/** Every (lang, slug) pair, for generateStaticParams. */
export async function allChapterParams(root = contentRoot): Promise<{ lang: Locale; chapter: string }[]> {
  const lists = await Promise.all(locales.map((lang) => listChapters(lang, root)));
  return lists.flat().map((c) => ({ lang: c.lang, chapter: c.slug }));
}
