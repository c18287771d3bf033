// What MDX's <CycleGanToy /> renders: two runs (λ = 10 and λ = 0) computed at build time now, the live toy once it is near.
import type { Locale } from '@/lib/i18n/locales';
import { CycleGanToyFallback } from './cyclegan-toy-fallback';
import { CycleGanToyIsland } from './cyclegan-toy-island';

export function CycleGanToy({ lang }: { lang: Locale }) {
  return <CycleGanToyIsland lang={lang} fallback={<CycleGanToyFallback lang={lang} />} />;
}
