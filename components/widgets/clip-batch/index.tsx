// What MDX's <ClipBatch /> renders: the static matrix now, the live widget once it is near.
import type { Locale } from '@/lib/i18n/locales';
import { ClipBatchFallback } from './clip-batch-fallback';
import { ClipBatchIsland } from './clip-batch-island';

export function ClipBatch({ lang }: { lang: Locale }) {
  return <ClipBatchIsland lang={lang} fallback={<ClipBatchFallback lang={lang} />} />;
}
