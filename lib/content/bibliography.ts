// The one bibliography every chapter cites from: schema and lookup.
import { z } from 'zod';

export const referenceSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    authors: z.string().min(1),
    title: z.string().min(1),
    year: z.number().int().min(1900).max(2100),
    venue: z.string().min(1),
    url: z.url(),
    arxiv: z.string().regex(/^\d{4}\.\d{4,5}$/).optional(),
    lang: z.enum(['en', 'zh']).optional(),
    note: z.string().optional(),
  })
  .strict();

export type Reference = z.infer<typeof referenceSchema>;

export function parseBibliography(data: unknown, file: string): Map<string, Reference> {
  const parsed = z.array(referenceSchema).safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file}: entry ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? 'invalid'}`);
  }
  const map = new Map<string, Reference>();
  for (const ref of parsed.data) {
    if (map.has(ref.id)) throw new Error(`${file}: duplicate id "${ref.id}"`);
    map.set(ref.id, ref);
  }
  return map;
}
