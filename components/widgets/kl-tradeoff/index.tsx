// What MDX's <KlTradeoff /> renders: a static table of the trade-off now, the live widget once near.
import type { Locale } from '@/lib/i18n/locales';
import { KlTradeoffFallback } from './kl-tradeoff-fallback';
import { KlTradeoffIsland } from './kl-tradeoff-island';

export function KlTradeoff({ lang }: { lang: Locale }) {
  return <KlTradeoffIsland lang={lang} fallback={<KlTradeoffFallback lang={lang} />} />;
}
