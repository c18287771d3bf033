// What MDX's <BertMasking /> renders: the static table now, the live widget once it is near.
import type { Locale } from '@/lib/i18n/locales';
import { BertMaskingFallback } from './bert-masking-fallback';
import { BertMaskingIsland } from './bert-masking-island';

export function BertMasking({ lang }: { lang: Locale }) {
  return <BertMaskingIsland lang={lang} fallback={<BertMaskingFallback lang={lang} />} />;
}
