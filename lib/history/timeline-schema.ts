// Validates the timeline data file (content/data/history/timeline.json) at build time and in tests, so a
// malformed, misdated or duplicated event fails with the event and field named.
import { z } from 'zod';
import { confidences, modalities, parseEventDate, type TimelineEvent } from './timeline';

const text = z
  .object({
    title: z.string().trim().min(1),
    what: z.string().trim().min(1),
    why: z.string().trim().min(1),
    note: z.string().trim().min(1).optional(),
  })
  .strict();

const eventSchema = z
  .object({
    id: z.string().regex(/^e-\d{4}-[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id must look like e-1966-eliza'),
    date: z.string().refine((d) => {
      try {
        parseEventDate(d);
        return true;
      } catch {
        return false;
      }
    }, 'date must be a real YYYY, YYYY-MM or YYYY-MM-DD'),
    modalities: z.array(z.enum(modalities)).min(1),
    confidence: z.enum(confidences),
    sources: z.array(z.object({ label: z.string().trim().min(1), url: z.url() }).strict()).min(1),
    en: text,
    zh: text,
  })
  .strict()
  .refine((e) => e.id.slice(2, 6) === e.date.slice(0, 4), { message: 'the year in the id must match the date', path: ['id'] })
  .refine((e) => new Set(e.modalities).size === e.modalities.length, { message: 'modalities repeat', path: ['modalities'] });

export const timelineSchema = z
  .array(eventSchema)
  .min(1)
  .superRefine((events, ctx) => {
    const seen = new Set<string>();
    events.forEach((e, i) => {
      if (seen.has(e.id)) ctx.addIssue({ code: 'custom', message: `duplicate id "${e.id}"`, path: [i, 'id'] });
      seen.add(e.id);
    });
  });

export function parseTimeline(data: unknown, file = 'content/data/history/timeline.json'): TimelineEvent[] {
  const parsed = timelineSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue?.path ?? [];
  const index = typeof where[0] === 'number' ? where[0] : -1;
  const raw = Array.isArray(data) && index >= 0 ? (data[index] as { id?: unknown } | undefined) : undefined;
  const label = typeof raw?.id === 'string' ? `event "${raw.id}"` : `entry ${index}`;
  throw new Error(`${file}: ${label}, field ${where.slice(1).join('.') || '(event)'}: ${issue?.message ?? 'invalid'}`);
}
