// What MDX's <FewShot /> renders: the static token table now, the live prompt builder once it is near.
import type { Locale } from '@/lib/i18n/locales';
import { FewShotFallback } from './few-shot-fallback';
import { FewShotIsland } from './few-shot-island';

export function FewShot({ lang }: { lang: Locale }) {
  return <FewShotIsland lang={lang} fallback={<FewShotFallback lang={lang} />} />;
}
