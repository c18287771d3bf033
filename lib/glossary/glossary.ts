// The site glossary: schema, validation against the chapter outline, and lookup by id or by term text.
import { z } from 'zod';
import type { Locale } from '@/lib/i18n/locales';

export const glossaryChapters = ['what-is-aigc', 'history', 'pretraining', 'gan', 'text-to-image', 'chatgpt', 'in-practice'] as const;
export type GlossaryChapter = (typeof glossaryChapters)[number];

/** Required section ids per chapter slug, as in content/data/outline.json. */
export type Outline = Readonly<Record<string, readonly string[]>>;

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const text = z.string().trim().min(1);
const bilingual = z.object({ en: text, zh: text }).strict();

export const glossaryEntrySchema = z
  .object({
    id: z.string().regex(kebab, 'must be lower-case kebab-case'),
    term: bilingual,
    definition: z.object({ en: text.max(400), zh: text.max(200) }).strict(),
    chapter: z.enum(glossaryChapters),
    section: z.string().regex(kebab, 'must be a section id'),
    aliases: z.object({ en: z.array(text), zh: z.array(text) }).strict(),
  })
  .strict();

export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

export interface Glossary {
  readonly entries: readonly GlossaryEntry[];
  byId(id: string): GlossaryEntry | undefined;
  /** The entry whose term or alias in `lang` matches `text`, ignoring case, width and extra spaces. */
  byTerm(text: string, lang: Locale): GlossaryEntry | undefined;
}

export class GlossaryError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`glossary: ${problems.join('; ')}`);
    this.name = 'GlossaryError';
  }
}

/** The form term texts are compared in: NFKC (full-width letters become ASCII), lower case, single spaces. */
export function normaliseTerm(value: string): string {
  return value.normalize('NFKC').toLowerCase().trim().replace(/\s+/g, ' ');
}

/**
 * Parses and validates glossary data. Throws a GlossaryError listing every problem: schema errors, repeated
 * ids, chapters or sections missing from the outline, and term texts that would match two entries.
 */
export function parseGlossary(data: unknown, outline: Outline): Glossary {
  const parsed = z.array(glossaryEntrySchema).safeParse(data);
  if (!parsed.success) {
    throw new GlossaryError(parsed.error.issues.map((issue) => `entry ${issue.path.join('.') || '(root)'}: ${issue.message}`));
  }
  const entries = parsed.data;
  const problems: string[] = [];
  const ids = new Map<string, GlossaryEntry>();
  const terms: Record<Locale, Map<string, GlossaryEntry>> = { en: new Map(), zh: new Map() };

  for (const entry of entries) {
    if (ids.has(entry.id)) problems.push(`duplicate id "${entry.id}"`);
    else ids.set(entry.id, entry);

    const sections = Object.hasOwn(outline, entry.chapter) ? outline[entry.chapter] : undefined;
    if (!sections) problems.push(`${entry.id}: chapter "${entry.chapter}" is not in the outline`);
    else if (!sections.includes(entry.section)) problems.push(`${entry.id}: section "${entry.section}" is not in chapter "${entry.chapter}"`);

    for (const lang of ['en', 'zh'] as const) {
      const own = new Set<string>();
      for (const name of [entry.term[lang], ...entry.aliases[lang]]) {
        const key = normaliseTerm(name);
        if (own.has(key)) {
          problems.push(`${entry.id}: "${name}" is listed twice in ${lang}`);
          continue;
        }
        own.add(key);
        const other = terms[lang].get(key);
        if (other) problems.push(`${entry.id}: ${lang} term "${name}" also names "${other.id}"`);
        else terms[lang].set(key, entry);
      }
    }
  }
  if (problems.length > 0) throw new GlossaryError(problems);

  return {
    entries,
    byId: (id) => ids.get(id),
    byTerm: (value, lang) => terms[lang].get(normaliseTerm(value)),
  };
}
