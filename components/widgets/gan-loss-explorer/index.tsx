// What MDX's <GanLossExplorer /> renders: static tables now, the live charts once the widget is near.
import type { Locale } from '@/lib/i18n/locales';
import { GanLossExplorerFallback } from './gan-loss-explorer-fallback';
import { GanLossExplorerIsland } from './gan-loss-explorer-island';

export function GanLossExplorer({ lang }: { lang: Locale }) {
  return <GanLossExplorerIsland lang={lang} fallback={<GanLossExplorerFallback lang={lang} />} />;
}
