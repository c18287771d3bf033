// What MDX's <NextToken /> renders: the static table now, the live sampler once it is near.
import type { Locale } from '@/lib/i18n/locales';
import { NextTokenFallback } from './next-token-fallback';
import { NextTokenIsland } from './next-token-island';

export function NextToken({ lang }: { lang: Locale }) {
  return <NextTokenIsland lang={lang} fallback={<NextTokenFallback lang={lang} />} />;
}
