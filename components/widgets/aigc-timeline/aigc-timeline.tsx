'use client';
// The live AIGC timeline: filter by kind of content and stage, pick an event on the time axis (mouse,
// touch or arrow keys) and read its card; a link to `#e-…` opens that event's card directly.
import { useCallback, useId, useLayoutEffect, useRef, type RefObject } from 'react';
import { modalities, stages, type LocalEvent } from '@/lib/history/timeline';
import type { Locale } from '@/lib/i18n/locales';
import { WidgetShell } from '../widget-shell';
import { EventCard } from './event-card';
import { timelineText } from './strings';
import { TimelineAxis } from './timeline-axis';
import { useAigcTimeline } from './use-aigc-timeline';

/** Runs `then` once the island shows the live widget (its static list is hidden), so scrolling lands right. */
function whenLive(el: HTMLElement, then: () => void, framesLeft = 120) {
  if (el.closest('.widget')?.getAttribute('data-state') === 'live' || framesLeft <= 0) then();
  else requestAnimationFrame(() => whenLive(el, then, framesLeft - 1));
}

const pill =
  'flex min-h-10 cursor-pointer items-center gap-2 rounded-md border border-[var(--border)] px-3 text-sm has-[:checked]:bg-[var(--surface)] has-[:checked]:font-semibold';

/**
 * Hides the island's static list in the same frame the live timeline first appears. The island hides it
 * one frame later; near the top of the page that frame would show both and shift the layout (CLS).
 * Print styles still show the list.
 */
function useHideFallbackBeforePaint(root: RefObject<HTMLElement | null>) {
  useLayoutEffect(() => {
    const fallback = root.current?.closest('.widget')?.querySelector<HTMLElement>(':scope > .widget-fallback');
    if (!fallback) return;
    fallback.style.display = 'none';
    return () => {
      fallback.style.display = '';
    };
  }, [root]);
}

export default function AigcTimeline({ lang, events }: { lang: Locale; events: LocalEvent[] }) {
  const t = timelineText[lang];
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const card = useRef<HTMLElement>(null);
  useHideFallbackBeforePaint(root);
  const scrollToCard = useCallback(() => {
    const el = card.current;
    if (el) whenLive(el, () => el.scrollIntoView({ block: 'start' }));
  }, []);
  const s = useAigcTimeline(events, scrollToCard);

  return (
    <div ref={root}>
      <WidgetShell
        title={t.title}
        problems={s.problems}
        labels={{ copySettingLink: t.copySettingLink, settingLinkCopied: t.settingLinkCopied, ignoredParam: t.ignoredParam }}
        link={s.linkToEvent}
        testId="aigc-timeline"
      >
        <div className="flex flex-col gap-3">
          <fieldset>
            <legend className="mb-1 text-sm font-medium">{t.modalityLegend}</legend>
            <div className="flex flex-wrap gap-2">
              {(['all', ...modalities] as const).map((m) => (
                <label key={m} className={pill}>
                  <input type="radio" name={`${id}-modality`} value={m} checked={s.modality === m} onChange={() => s.setModality(m)} />
                  {t.modalities[m]}
                </label>
              ))}
            </div>
          </fieldset>
          <fieldset>
            <legend className="mb-1 text-sm font-medium">{t.stageLegend}</legend>
            <div className="flex flex-wrap gap-2">
              {(['all', ...stages] as const).map((st) => (
                <label key={st} className={pill}>
                  <input type="radio" name={`${id}-stage`} value={st} checked={s.stage === st} onChange={() => s.setStage(st)} />
                  {t.stages[st]}
                </label>
              ))}
            </div>
          </fieldset>
        </div>

        <p className="mt-3 text-sm" aria-live="polite" data-testid="timeline-count">
          {s.visible.length > 0 ? t.showing(s.visible.length, s.total) : t.none}
        </p>
        <p className="text-xs" style={{ color: 'var(--muted)' }}>{t.keyboardHint}</p>

        <TimelineAxis events={s.visible} view={s.stage} selectedId={s.selectedId} onSelect={s.select} step={s.step} t={t} />

        {s.selected ? (
          <article ref={card} className="mt-4 scroll-mt-20 rounded-md border border-[var(--border)] p-3" aria-labelledby={`${id}-title`} data-testid="event-card" data-event={s.selected.id}>
            <EventCard event={s.selected} t={t} titleId={`${id}-title`} />
            <div className="mt-3 flex flex-wrap items-center gap-2 text-sm">
              <button
                type="button"
                className="min-h-10 rounded-md border border-[var(--border)] px-3 hover:bg-[var(--surface)] disabled:opacity-50"
                onClick={() => s.select(s.step('previous'))}
                disabled={s.isFirst}
              >
                ← {t.previous}
              </button>
              <button
                type="button"
                className="min-h-10 rounded-md border border-[var(--border)] px-3 hover:bg-[var(--surface)] disabled:opacity-50"
                onClick={() => s.select(s.step('next'))}
                disabled={s.isLast}
              >
                {t.next} →
              </button>
              <a href={`#${s.selected.id}`} className="ms-auto" data-testid="event-link">
                {t.linkToEvent}
              </a>
            </div>
          </article>
        ) : null}
      </WidgetShell>
    </div>
  );
}
