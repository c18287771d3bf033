// What MDX's <PpoClip /> renders: a static table of the clipped objective now, the live charts once near.
import type { Locale } from '@/lib/i18n/locales';
import { PpoClipFallback } from './ppo-clip-fallback';
import { PpoClipIsland } from './ppo-clip-island';

export function PpoClip({ lang }: { lang: Locale }) {
  return <PpoClipIsland lang={lang} fallback={<PpoClipFallback lang={lang} />} />;
}
