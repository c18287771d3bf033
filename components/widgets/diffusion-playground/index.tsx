// What MDX's <DiffusionPlayground /> renders: the static tables now, the live sampler once it is near.
import type { Locale } from '@/lib/i18n/locales';
import { DiffusionPlaygroundFallback } from './diffusion-playground-fallback';
import { DiffusionPlaygroundIsland } from './diffusion-playground-island';

export function DiffusionPlayground({ lang }: { lang: Locale }) {
  return <DiffusionPlaygroundIsland lang={lang} fallback={<DiffusionPlaygroundFallback lang={lang} />} />;
}
