// Loads the site glossary (content/data/glossary.json), validated against the outline of required sections.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseGlossary, type Glossary } from '../glossary/glossary';
import type { Locale } from '../i18n/locales';
import { contentRoot } from './paths.server';
import type { GlossaryTerm } from './glossary-links';

/** The glossary, or null for a content tree without one (test fixtures). */
export async function loadGlossary(root = contentRoot): Promise<Glossary | null> {
  const file = path.join(root, 'data', 'glossary.json');
  if (!existsSync(file)) return null;
  const [data, outline] = await Promise.all([
    readFile(file, 'utf8'),
    readFile(path.join(root, 'data', 'outline.json'), 'utf8'),
  ]);
  return parseGlossary(JSON.parse(data), JSON.parse(outline));
}

/** The spellings the chapter linker looks for in one language: each term and its aliases. */
export function glossaryTerms(glossary: Glossary, lang: Locale): GlossaryTerm[] {
  return glossary.entries.map((e) => ({ id: e.id, texts: [e.term[lang], ...e.aliases[lang]] }));
}
