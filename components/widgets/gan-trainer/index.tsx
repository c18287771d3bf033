// What MDX's <GanTrainer /> renders: two frames of a short run computed at build time now, the live trainer once it is near.
import type { Locale } from '@/lib/i18n/locales';
import { GanTrainerFallback } from './gan-trainer-fallback';
import { GanTrainerIsland } from './gan-trainer-island';

export function GanTrainer({ lang }: { lang: Locale }) {
  return <GanTrainerIsland lang={lang} fallback={<GanTrainerFallback lang={lang} />} />;
}
