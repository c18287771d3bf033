'use client';
// The time axis: stage bands and ticks drawn in a stretched SVG, event markers as real buttons on top
// (stacked in lanes so they never overlap), one tab stop with arrow keys to move between events.
import { useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import { axisPosition, axisSegments, axisTicks, packLanes, type AxisView } from '@/lib/history/axis';
import type { LocalEvent, Step } from '@/lib/history/timeline';
import type { TimelineText } from './strings';

const MARKER = 24;
const GAP = MARKER + 4;
const LANE = 30;
/** Markers are inset by this much so the first and last stay inside the frame. */
const INSET = MARKER / 2 + 2;
/** Below this width (px) a stage band shows a short name only. */
const NARROW_BAND = 120;

const keySteps: Record<string, Step> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  Home: 'first',
  End: 'last',
};

export function TimelineAxis({
  events,
  view,
  selectedId,
  onSelect,
  step,
  t,
}: {
  events: readonly LocalEvent[];
  view: AxisView;
  selectedId: string | null;
  onSelect: (id: string) => void;
  step: (how: Step) => string | null;
  t: TimelineText;
}) {
  const frame = useRef<HTMLDivElement>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const [width, setWidth] = useState(640);

  // Measured by the ResizeObserver's first report, which comes after the browser's own layout and before
  // the frame is painted; flushSync redraws the lanes in that same frame, so they never visibly re-flow (no
  // layout shift). Reading clientWidth while mounting would instead force that layout from script, in the
  // middle of hydrating the page.
  useLayoutEffect(() => {
    const el = frame.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]?.contentRect;
      if (!box || !(box.width > 0)) return;
      flushSync(() => setWidth(Math.max(120, Math.round(box.width))));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const segments = axisSegments(view);
  const inner = Math.max(1, width - 2 * INSET);
  const xs = events.map((e) => axisPosition(e.value, segments));
  const lanes = packLanes(
    xs.map((x) => x * inner),
    GAP,
  );
  const laneCount = Math.max(1, ...lanes.map((l) => l + 1));
  const ticks = axisTicks(segments, inner);
  const left = (x: number) => `calc(${INSET}px + ${x} * (100% - ${2 * INSET}px))`;

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    const how = keySteps[e.key];
    if (!how) return;
    e.preventDefault();
    const next = step(how);
    if (next === null) return;
    onSelect(next);
    buttons.current.get(next)?.focus();
  }

  return (
    <div ref={frame} className="mt-3 select-none" data-testid="timeline-axis">
      <div className="flex text-xs leading-tight" aria-hidden="true" style={{ paddingInline: INSET }}>
        {segments.map((s) => {
          const narrow = (s.end - s.start) * inner < NARROW_BAND;
          return (
            <div key={s.stage} className="px-1 pb-1 text-center font-medium" style={{ width: `${(s.end - s.start) * 100}%` }}>
              {narrow ? t.stagesShort[s.stage] : t.stages[s.stage]}
              {narrow ? null : (
                <span className="block font-normal" style={{ color: 'var(--muted)' }}>
                  {t.stageYears[s.stage]}
                </span>
              )}
            </div>
          );
        })}
      </div>
      <div className="relative" style={{ height: laneCount * LANE + 12 }}>
        <svg
          className="absolute inset-y-0 h-full"
          style={{ left: INSET, width: `calc(100% - ${2 * INSET}px)` }}
          viewBox="0 0 1000 100"
          preserveAspectRatio="none"
          aria-hidden="true"
          focusable="false"
        >
          {segments.map((s, i) => (
            <rect
              key={s.stage}
              x={s.start * 1000}
              width={(s.end - s.start) * 1000}
              y={0}
              height={100}
              style={{ fill: i % 2 === 0 ? 'var(--surface)' : 'transparent', stroke: 'var(--border)' }}
              vectorEffect="non-scaling-stroke"
            />
          ))}
        </svg>
        <div role="group" aria-label={t.axisLabel} onKeyDown={onKeyDown} className="absolute inset-0" data-testid="timeline-markers">
          {events.map((e, i) => {
            const selected = e.id === selectedId;
            return (
              <button
                key={e.id}
                ref={(el) => {
                  if (el) buttons.current.set(e.id, el);
                  else buttons.current.delete(e.id);
                }}
                type="button"
                tabIndex={selected || (selectedId === null && i === 0) ? 0 : -1}
                aria-pressed={selected}
                aria-label={t.markerLabel(e.dateLabel, e.title)}
                title={t.markerLabel(e.dateLabel, e.title)}
                data-event={e.id}
                onClick={() => onSelect(e.id)}
                className="absolute flex -translate-x-1/2 items-center justify-center rounded-full"
                style={{ left: left(xs[i] ?? 0), top: 6 + (lanes[i] ?? 0) * LANE, width: MARKER, height: MARKER }}
              >
                <span
                  aria-hidden="true"
                  className="block rounded-full border-2"
                  style={{
                    width: selected ? 20 : 12,
                    height: selected ? 20 : 12,
                    borderColor: selected ? 'var(--fg)' : 'var(--link)',
                    background: selected ? 'var(--accent)' : 'var(--bg)',
                  }}
                />
              </button>
            );
          })}
        </div>
      </div>
      <div className="relative h-6 border-t-2 border-[var(--fg)] text-xs" aria-hidden="true">
        {ticks.map((year) => (
          <span key={year} className="absolute top-0 -translate-x-1/2 pt-0.5" style={{ left: left(axisPosition(year, segments)) }}>
            <span className="mx-auto block h-1.5 w-px bg-[var(--fg)]" />
            {year}
          </span>
        ))}
      </div>
    </div>
  );
}
