// The static timeline: every event as a card in a plain list, grouped by stage, each with its own anchor
// (`#e-1966-eliza`), so links to events work without JavaScript and the timeline prints in full.
import { stages, type LocalEvent } from '@/lib/history/timeline';
import type { Locale } from '@/lib/i18n/locales';
import { EventCard } from './event-card';
import { timelineText } from './strings';

export function AigcTimelineFallback({ lang, events }: { lang: Locale; events: LocalEvent[] }) {
  const t = timelineText[lang];
  return (
    <figure className="rounded-lg border border-[var(--border)] p-3 sm:p-4" data-testid="timeline-fallback">
      <figcaption className="mb-2 font-semibold">{t.title}</figcaption>
      <p className="text-sm" style={{ color: 'var(--muted)' }}>{t.fallbackIntro}</p>
      {stages.map((stage) => (
        <section key={stage} aria-label={t.stages[stage]} className="mt-4">
          <p className="font-semibold">
            {t.stages[stage]} ({t.stageYears[stage]})
          </p>
          <ol className="mt-2 list-none space-y-3 p-0" style={{ paddingInlineStart: 0 }}>
            {events
              .filter((e) => e.stage === stage)
              .map((e) => (
                <li key={e.id} id={e.id} className="scroll-mt-20 rounded-md border border-[var(--border)] p-3">
                  <EventCard event={e} t={t} />
                </li>
              ))}
          </ol>
        </section>
      ))}
    </figure>
  );
}
