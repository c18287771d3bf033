// What MDX's <WordVectors /> renders: vectors trained at build time now, the live trainer once it is near.
import type { Locale } from '@/lib/i18n/locales';
import { WordVectorsFallback } from './word-vectors-fallback';
import { WordVectorsIsland } from './word-vectors-island';

export function WordVectors({ lang }: { lang: Locale }) {
  return <WordVectorsIsland lang={lang} fallback={<WordVectorsFallback lang={lang} />} />;
}
