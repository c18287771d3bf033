import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countByStage,
  dateValue,
  filterEvents,
  formatEventDate,
  localizeEvents,
  modalities,
  parseEventDate,
  sortEvents,
  stageBounds,
  stageOf,
  stageOfYear,
  stepId,
  type Modality,
  type TimelineEvent,
} from '@/lib/history/timeline';

const event = (id: string, date: string, mods: Modality[] = ['text']): TimelineEvent =>
  Object.freeze({
    id,
    date,
    modalities: Object.freeze(mods) as Modality[],
    confidence: 'confirmed',
    sources: [{ label: 's', url: 'https://example.org/' }],
    en: { title: `${id} en`, what: 'w', why: 'y' },
    zh: { title: `${id} zh`, what: '事', why: '因' },
  }) as TimelineEvent;

describe('parseEventDate and dateValue', () => {
  it('reads partial dates and rejects impossible ones', () => {
    expect(parseEventDate('1966')).toEqual({ year: 1966, month: undefined, day: undefined });
    expect(parseEventDate('1966-01')).toEqual({ year: 1966, month: 1, day: undefined });
    expect(parseEventDate('2022-11-30')).toEqual({ year: 2022, month: 11, day: 30 });
    for (const bad of ['66', '1966-13', '2022-02-30', '2022-11-31', '1966/01', '', 'abc']) {
      expect(() => parseEventDate(bad), bad).toThrow(RangeError);
    }
    expect(() => parseEventDate('2021-02-29')).toThrow(/day out of range/);
    expect(parseEventDate('2020-02-29').day).toBe(29);
  });

  it('puts a bare year mid-year and a bare month mid-month', () => {
    expect(dateValue('1984')).toBe(1984.5);
    expect(dateValue('1966-01')).toBeCloseTo(1966 + 1 / 24, 10);
    expect(dateValue('2022-11-30')).toBeGreaterThan(dateValue('2022-11'));
    expect(dateValue('2022-11-30')).toBeLessThan(2023);
  });

  it('is monotonic in the calendar', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1950-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }), fc.integer({ min: 1, max: 40 }), (d, gap) => {
        const iso = (x: Date) => x.toISOString().slice(0, 10);
        const later = new Date(d.getTime() + gap * 86_400_000);
        expect(dateValue(iso(later))).toBeGreaterThan(dateValue(iso(d)));
      }),
    );
  });
});

describe('stages', () => {
  it('follow the boundaries: GANs (2014) open the rapid stage, the 1980s close the early one', () => {
    expect(stageOf('1957')).toBe('early');
    expect(stageOf('1986')).toBe('early');
    expect(stageOf('1990')).toBe('accumulation');
    expect(stageOf('2012-10-25')).toBe('accumulation');
    expect(stageOf('2014-06')).toBe('rapid');
    expect(stageOf('2022-11-30')).toBe('rapid');
    expect(stageOfYear(stageBounds.rapid.from - 1e-9)).toBe('accumulation');
    expect(() => stageOfYear(Number.NaN)).toThrow(RangeError);
  });

  it('put 1 the Road, written in 2017, in the rapid stage, not where a 2007 date would put it', () => {
    expect(stageOf('2017-03-25')).toBe('rapid');
    expect(stageOf('2007')).toBe('accumulation');
  });
});

describe('sortEvents, filterEvents, countByStage', () => {
  const events = Object.freeze([
    event('e-2022-chatgpt', '2022-11-30'),
    event('e-1984-racter', '1984'),
    event('e-1966-eliza', '1966-01'),
    event('e-1984-ibm-dictation', '1984', ['speech', 'text']),
    event('e-2014-gan', '2014-06', ['image']),
  ]);

  it('sorts chronologically with a stable tie-break by id, without touching the input', () => {
    expect(sortEvents(events).map((e) => e.id)).toEqual(['e-1966-eliza', 'e-1984-ibm-dictation', 'e-1984-racter', 'e-2014-gan', 'e-2022-chatgpt']);
    expect(events[0]?.id).toBe('e-2022-chatgpt');
  });

  it('filters by modality and stage together', () => {
    const sorted = sortEvents(events);
    expect(filterEvents(sorted, { modality: 'all', stage: 'all' })).toHaveLength(5);
    expect(filterEvents(sorted, { modality: 'speech', stage: 'all' }).map((e) => e.id)).toEqual(['e-1984-ibm-dictation']);
    expect(filterEvents(sorted, { modality: 'text', stage: 'early' }).map((e) => e.id)).toEqual(['e-1966-eliza', 'e-1984-ibm-dictation', 'e-1984-racter']);
    expect(filterEvents(sorted, { modality: 'image', stage: 'early' })).toEqual([]);
    expect(countByStage(sorted)).toEqual({ early: 3, accumulation: 0, rapid: 2 });
  });

  it('filtering never adds events and keeps the order (property)', () => {
    const arb = fc.array(
      fc.record({
        id: fc.stringMatching(/^e-19[5-9]\d-[a-z]{1,6}$/),
        date: fc.integer({ min: 1955, max: 2022 }).map(String),
        modalities: fc.subarray([...modalities], { minLength: 1 }),
      }),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(arb, fc.constantFrom('all', ...modalities), fc.constantFrom('all', 'early', 'accumulation', 'rapid'), (evs, modality, stage) => {
        const sorted = sortEvents(evs);
        const out = filterEvents(sorted, { modality, stage } as Parameters<typeof filterEvents>[1]);
        expect(out.length).toBeLessThanOrEqual(sorted.length);
        const positions = out.map((e) => sorted.indexOf(e));
        expect(positions).toEqual([...positions].sort((a, b) => a - b));
        for (const e of out) if (modality !== 'all') expect(e.modalities).toContain(modality);
      }),
    );
  });
});

describe('stepId', () => {
  const ids = ['a', 'b', 'c'];
  it('moves one step and stops at the ends', () => {
    expect(stepId(ids, 'b', 'next')).toBe('c');
    expect(stepId(ids, 'c', 'next')).toBe('c');
    expect(stepId(ids, 'a', 'previous')).toBe('a');
    expect(stepId(ids, 'b', 'first')).toBe('a');
    expect(stepId(ids, 'a', 'last')).toBe('c');
  });
  it('starts from the first event when the current one is not shown, and gives null for no events', () => {
    expect(stepId(ids, 'zzz', 'next')).toBe('a');
    expect(stepId(ids, null, 'previous')).toBe('a');
    expect(stepId([], 'a', 'next')).toBeNull();
  });
});

describe('formatEventDate and localizeEvents', () => {
  it('writes dates out in each language at the precision given', () => {
    expect(formatEventDate('1966-01', 'en')).toBe('January 1966');
    expect(formatEventDate('2022-11-30', 'en')).toBe('30 November 2022');
    expect(formatEventDate('1984', 'en')).toBe('1984');
    expect(formatEventDate('1966-01', 'zh')).toBe('1966年1月');
    expect(formatEventDate('2022-11-30', 'zh')).toBe('2022年11月30日');
    expect(formatEventDate('1984', 'zh')).toBe('1984年');
  });

  it('gives each language its own text with the shared facts', () => {
    const [first] = localizeEvents([event('e-2014-gan', '2014-06', ['image']), event('e-1966-eliza', '1966-01')], 'zh');
    expect(first).toMatchObject({ id: 'e-1966-eliza', title: 'e-1966-eliza zh', dateLabel: '1966年1月', stage: 'early', modalities: ['text'] });
  });
});
