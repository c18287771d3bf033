// What MDX's <AigcTimeline /> renders: the timeline data is validated here at build time, then shown as a
// static list and handed (in the page's language only) to the live widget.
import timelineData from '@/content/data/history/timeline.json';
import { localizeEvents } from '@/lib/history/timeline';
import { parseTimeline } from '@/lib/history/timeline-schema';
import type { Locale } from '@/lib/i18n/locales';
import { AigcTimelineFallback } from './aigc-timeline-fallback';
import { AigcTimelineIsland } from './aigc-timeline-island';

const events = parseTimeline(timelineData);

export function AigcTimeline({ lang }: { lang: Locale }) {
  const local = localizeEvents(events, lang);
  return <AigcTimelineIsland lang={lang} events={local} fallback={<AigcTimelineFallback lang={lang} events={local} />} />;
}
