// What MDX's <ProductionModes /> renders: the static figure now, the live widget once it is near.
import type { Locale } from '@/lib/i18n/locales';
import { ProductionModesFallback } from './production-modes-fallback';
import { ProductionModesIsland } from './production-modes-island';

export function ProductionModes({ lang }: { lang: Locale }) {
  return <ProductionModesIsland lang={lang} fallback={<ProductionModesFallback lang={lang} />} />;
}
