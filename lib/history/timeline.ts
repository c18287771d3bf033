// The AIGC timeline as pure data operations: stages, partial dates, sorting, filtering by modality and
// stage, stepping between events, and dates written out in each language.

export const modalities = ['text', 'image', 'audio', 'video', 'speech'] as const;
export type Modality = (typeof modalities)[number];

export const stages = ['early', 'accumulation', 'rapid'] as const;
export type Stage = (typeof stages)[number];

export const confidences = ['confirmed', 'secondary', 'unverified'] as const;
export type Confidence = (typeof confidences)[number];

export type Lang = 'en' | 'zh';

/**
 * Stage boundaries as half-open year ranges [from, to). The split follows the usual three-stage telling
 * (experiments until the 1980s; accumulation from the 1990s; rapid growth from GANs in 2014), but an
 * event's stage always follows from its real date, so a misdated event cannot sit in the wrong stage.
 */
export const stageBounds: Readonly<Record<Stage, { from: number; to: number }>> = {
  early: { from: 1950, to: 1990 },
  accumulation: { from: 1990, to: 2014 },
  rapid: { from: 2014, to: 2023 },
};

export interface EventText {
  title: string;
  what: string;
  why: string;
  note?: string;
}

export interface EventSource {
  label: string;
  url: string;
}

export interface TimelineEvent {
  id: string;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: as precise as the source allows, no more. */
  date: string;
  modalities: Modality[];
  confidence: Confidence;
  sources: EventSource[];
  en: EventText;
  zh: EventText;
}

/** One event in one language, as the widget and its fallback show it. */
export interface LocalEvent extends EventText {
  id: string;
  date: string;
  dateLabel: string;
  value: number;
  stage: Stage;
  modalities: Modality[];
  confidence: Confidence;
  sources: EventSource[];
}

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export interface ParsedDate {
  year: number;
  month?: number;
  day?: number;
}

export function parseEventDate(date: string): ParsedDate {
  const m = DATE.exec(date);
  if (!m) throw new RangeError(`date must be YYYY, YYYY-MM or YYYY-MM-DD, got "${date}"`);
  const year = Number(m[1]);
  const month = m[2] === undefined ? undefined : Number(m[2]);
  const day = m[3] === undefined ? undefined : Number(m[3]);
  if (month !== undefined && (month < 1 || month > 12)) throw new RangeError(`month out of range in "${date}"`);
  if (day !== undefined && month !== undefined) {
    const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (day < 1 || day > daysInMonth) throw new RangeError(`day out of range in "${date}"`);
  }
  return { year, month, day };
}

/**
 * A partial date as a fractional year, for ordering and for the axis. A year alone sits mid-year and a
 * month alone mid-month, so "1984" and "1984-06-15" land close together without claiming precision.
 */
export function dateValue(date: string): number {
  const { year, month, day } = parseEventDate(date);
  if (month === undefined) return year + 0.5;
  const monthStart = (month - 1) / 12;
  if (day === undefined) return year + monthStart + 1 / 24;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return year + monthStart + (day - 0.5) / daysInMonth / 12;
}

export function stageOfYear(value: number): Stage {
  if (!Number.isFinite(value)) throw new RangeError(`year must be finite, got ${value}`);
  if (value < stageBounds.accumulation.from) return 'early';
  if (value < stageBounds.rapid.from) return 'accumulation';
  return 'rapid';
}

export function stageOf(date: string): Stage {
  return stageOfYear(parseEventDate(date).year);
}

export function isModality(value: string): value is Modality {
  return (modalities as readonly string[]).includes(value);
}

export function isStage(value: string): value is Stage {
  return (stages as readonly string[]).includes(value);
}

/** Chronological order; events on the same date keep a stable order by id. Returns a new array. */
export function sortEvents<T extends { date: string; id: string }>(events: readonly T[]): T[] {
  return events
    .map((e) => ({ e, v: dateValue(e.date) }))
    .sort((a, b) => a.v - b.v || (a.e.id < b.e.id ? -1 : a.e.id > b.e.id ? 1 : 0))
    .map(({ e }) => e);
}

export interface TimelineFilter {
  modality: Modality | 'all';
  stage: Stage | 'all';
}

/** Events that show at least the chosen modality and lie in the chosen stage; the order is kept. */
export function filterEvents<T extends { date: string; modalities: readonly Modality[] }>(events: readonly T[], filter: TimelineFilter): T[] {
  return events.filter(
    (e) => (filter.modality === 'all' || e.modalities.includes(filter.modality)) && (filter.stage === 'all' || stageOf(e.date) === filter.stage),
  );
}

/** How many events each stage holds (after any modality filter the caller applied). */
export function countByStage(events: readonly { date: string }[]): Record<Stage, number> {
  const counts: Record<Stage, number> = { early: 0, accumulation: 0, rapid: 0 };
  for (const e of events) counts[stageOf(e.date)] += 1;
  return counts;
}

export type Step = 'previous' | 'next' | 'first' | 'last';

/**
 * The id reached from `currentId` by one keyboard step among `ids` (in display order). Steps stop at the
 * ends rather than wrap, so holding an arrow key cannot jump from 2022 back to 1956. An id not in the list
 * (say, filtered out) steps from the start. Returns null only when the list is empty.
 */
export function stepId(ids: readonly string[], currentId: string | null, step: Step): string | null {
  if (ids.length === 0) return null;
  const last = ids.length - 1;
  if (step === 'first') return ids[0] ?? null;
  if (step === 'last') return ids[last] ?? null;
  const i = currentId === null ? -1 : ids.indexOf(currentId);
  if (i === -1) return ids[0] ?? null;
  const j = step === 'next' ? Math.min(last, i + 1) : Math.max(0, i - 1);
  return ids[j] ?? null;
}

const monthsEn = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "January 1966", "30 November 2022", "1984" / "1966年1月", "2022年11月30日", "1984年". */
export function formatEventDate(date: string, lang: Lang): string {
  const { year, month, day } = parseEventDate(date);
  if (lang === 'zh') {
    if (month === undefined) return `${year}年`;
    if (day === undefined) return `${year}年${month}月`;
    return `${year}年${month}月${day}日`;
  }
  if (month === undefined) return String(year);
  const name = monthsEn[month - 1] as string;
  return day === undefined ? `${name} ${year}` : `${day} ${name} ${year}`;
}

/** The events in one language, sorted, with their stage and axis value worked out. */
export function localizeEvents(events: readonly TimelineEvent[], lang: Lang): LocalEvent[] {
  return sortEvents(events).map((e) => ({
    ...e[lang],
    id: e.id,
    date: e.date,
    dateLabel: formatEventDate(e.date, lang),
    value: dateValue(e.date),
    stage: stageOf(e.date),
    modalities: [...e.modalities],
    confidence: e.confidence,
    sources: e.sources.map((s) => ({ ...s })),
  }));
}
