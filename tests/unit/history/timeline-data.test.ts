// The shipped timeline data: valid, complete, and right where popular retellings go wrong.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTimeline } from '@/lib/history/timeline-schema';
import { countByStage, localizeEvents, modalities, parseEventDate, sortEvents } from '@/lib/history/timeline';

const raw: unknown = JSON.parse(readFileSync(path.join(process.cwd(), 'content/data/history/timeline.json'), 'utf8'));
const events = parseTimeline(raw);
const byId = new Map(events.map((e) => [e.id, e]));

describe('content/data/history/timeline.json', () => {
  it('has at least 20 events from 1956 to 2022, in every stage and modality', () => {
    expect(events.length).toBeGreaterThanOrEqual(20);
    const years = events.map((e) => parseEventDate(e.date).year);
    expect(Math.min(...years)).toBe(1956);
    expect(Math.max(...years)).toBe(2022);
    const counts = countByStage(events);
    for (const n of Object.values(counts)) expect(n).toBeGreaterThan(0);
    for (const m of modalities) expect(events.some((e) => e.modalities.includes(m)), m).toBe(true);
  });

  it('includes every milestone the outline names', () => {
    for (const id of [
      'e-1957-illiac-suite',
      'e-1966-eliza',
      'e-1984-ibm-dictation',
      'e-2006-deep-belief-nets',
      'e-2017-1-the-road',
      'e-2012-ms-speech-translation',
      'e-2014-gan',
      'e-2017-xiaoice-poems',
      'e-2018-stylegan',
      'e-2019-dvd-gan',
      'e-2021-dall-e',
      'e-2022-dall-e-2',
      'e-2022-chatgpt',
    ]) {
      expect(byId.has(id), id).toBe(true);
    }
  });

  it('gets the commonly garbled facts right', () => {
    expect(byId.get('e-1966-eliza')?.date).toBe('1966-01');
    expect(byId.get('e-2022-chatgpt')?.date).toBe('2022-11-30');
    const road = byId.get('e-2017-1-the-road');
    expect(road?.date).toBe('2017-03-25');
    expect(road?.en.what).toMatch(/published in 2018/);
    expect(road?.zh.what).toMatch(/2018年/);
    expect(byId.get('e-1984-ibm-dictation')?.en.note).toMatch(/could not confirm/);
    expect(byId.get('e-2014-vgg')?.en.what).toMatch(/first place in localisation and second place in classification/);
    expect(byId.get('e-2022-stylegan-xl')?.en.note).toMatch(/Not NVIDIA's fourth StyleGAN/);
    expect(byId.get('e-2022-stylegan-xl')?.en.what).not.toMatch(/NVIDIA/);
  });

  it('has text in both languages for every event, with no English left in the Chinese titles', () => {
    for (const lang of ['en', 'zh'] as const) {
      const local = localizeEvents(events, lang);
      expect(local.map((e) => e.id)).toEqual(sortEvents(events).map((e) => e.id));
    }
    for (const e of events) expect(/[\u4e00-\u9fff]/.test(e.zh.what), e.id).toBe(true);
  });

  it('rejects malformed data with the event and field named', () => {
    const [first] = raw as Record<string, unknown>[];
    expect(() => parseTimeline([{ ...first, date: '1956-13-01' }])).toThrow(/event "e-1956-illiac-premiere", field date/);
    expect(() => parseTimeline([{ ...first, id: 'e-1957-illiac-premiere' }])).toThrow(/year in the id/);
    expect(() => parseTimeline([first, first])).toThrow(/duplicate id/);
    expect(() => parseTimeline([{ ...first, modalities: ['smell'] }])).toThrow(/field modalities/);
  });
});
