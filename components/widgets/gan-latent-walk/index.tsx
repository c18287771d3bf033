// What MDX's <GanLatentWalk /> renders: a table of noise points and their images computed at build time now,
// the draggable walk once it is near.
import type { Locale } from '@/lib/i18n/locales';
import { GanLatentWalkFallback } from './gan-latent-walk-fallback';
import { GanLatentWalkIsland } from './gan-latent-walk-island';

export function GanLatentWalk({ lang }: { lang: Locale }) {
  return <GanLatentWalkIsland lang={lang} fallback={<GanLatentWalkFallback lang={lang} />} />;
}
