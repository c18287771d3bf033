// What MDX's <TokenCost /> renders: the static, build-time result now; the live calculator once it is near.
import type { Locale } from '@/lib/i18n/locales';
import { TokenCostFallback } from './token-cost-fallback';
import { TokenCostIsland } from './token-cost-island';

export function TokenCost({ lang }: { lang: Locale }) {
  return <TokenCostIsland lang={lang} fallback={<TokenCostFallback lang={lang} />} />;
}
