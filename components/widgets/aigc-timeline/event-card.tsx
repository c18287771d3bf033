// One timeline event as a card: when, what happened, why it mattered, what is often told differently,
// how sure we are, and its sources. Shared by the static list and the live widget (no hooks).
import type { LocalEvent } from '@/lib/history/timeline';
import type { TimelineText } from './strings';

export function EventCard({ event, t, titleId }: { event: LocalEvent; t: TimelineText; titleId?: string }) {
  const kinds = event.modalities.map((m) => t.modalities[m]).join(', ');
  return (
    <>
      <p className="text-sm" style={{ color: 'var(--muted)' }}>
        <time dateTime={event.date}>{event.dateLabel}</time> · {t.stages[event.stage]} · {t.kind}: {kinds}
      </p>
      <p id={titleId} className="mt-1 text-lg font-semibold leading-snug">
        {event.title}
      </p>
      <dl className="mt-2 space-y-2 text-[0.95rem]">
        <div>
          <dt className="font-semibold">{t.what}</dt>
          <dd>{event.what}</dd>
        </div>
        <div>
          <dt className="font-semibold">{t.why}</dt>
          <dd>{event.why}</dd>
        </div>
        {event.note ? (
          <div className="border-s-4 border-[var(--accent)] ps-3">
            <dt className="font-semibold">{t.note}</dt>
            <dd>{event.note}</dd>
          </div>
        ) : null}
      </dl>
      {event.confidence !== 'confirmed' ? (
        <p className="mt-2 rounded-md border border-dashed border-[var(--border)] px-2 py-1 text-sm" data-testid="event-confidence">
          {t.confidence[event.confidence]}
        </p>
      ) : null}
      <p className="mt-2 text-sm">
        <span className="font-semibold">{t.sources}:</span>{' '}
        {event.sources.map((s, i) => (
          <span key={s.url}>
            {i > 0 ? '; ' : null}
            <a href={s.url}>{s.label}</a>
          </span>
        ))}
      </p>
    </>
  );
}
