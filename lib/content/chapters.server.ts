// Finds the chapters in content/<lang>/*.mdx and compiles them on demand; routes exist only for these.
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import matter from 'gray-matter';
import { locales, type Locale } from '../i18n/locales';
import { parseBibliography, type Reference } from './bibliography';
import { compileChapter, type CompiledChapter } from './compile.server';
import { parseFrontmatter, type Frontmatter } from './frontmatter';
import { glossaryTerms, loadGlossary } from './glossary.server';
import { contentRoot } from './paths.server';

export { contentRoot };

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

/** One bibliography, kept as several files (content/data/bibliography/*.json) so chapters can add entries independently; an id may appear only once across them. */
export async function loadBibliography(root = contentRoot): Promise<Map<string, Reference>> {
  const dir = path.join(root, 'data', 'bibliography');
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  const merged = new Map<string, Reference>();
  const origin = new Map<string, string>();
  for (const name of files) {
    const file = path.relative(process.cwd(), path.join(dir, name));
    for (const [id, ref] of parseBibliography(JSON.parse(await readFile(path.join(dir, name), 'utf8')), file)) {
      if (merged.has(id)) throw new Error(`${file}: id "${id}" is already defined in ${origin.get(id)}`);
      merged.set(id, ref);
      origin.set(id, file);
    }
  }
  return merged;
}

export async function getChapter(lang: Locale, slug: string, root = contentRoot): Promise<Chapter> {
  if (!SLUG.test(slug)) throw new Error(`not a chapter slug: ${slug}`);
  const file = path.join(root, lang, `${slug}.mdx`);
  const [source, bibliography, glossary] = await Promise.all([readFile(file, 'utf8'), loadBibliography(root), loadGlossary(root)]);
  const compiled = await compileChapter(source, {
    file: path.relative(process.cwd(), file),
    knownReferences: new Set(bibliography.keys()),
    glossaryTerms: glossary ? glossaryTerms(glossary, lang) : [],
  });
  const references = compiled.cited.map((id) => bibliography.get(id)).filter((r): r is Reference => r !== undefined);
  return { ...compiled, slug, lang, references };
}

/** Every (lang, slug) pair, for generateStaticParams. */
export async function allChapterParams(root = contentRoot): Promise<{ lang: Locale; chapter: string }[]> {
  const lists = await Promise.all(locales.map((lang) => listChapters(lang, root)));
  return lists.flat().map((c) => ({ lang: c.lang, chapter: c.slug }));
}
