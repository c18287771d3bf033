// What MDX's <ConvolutionExplorer /> renders: the static pictures now, the live widget once it is near.
import type { Locale } from '@/lib/i18n/locales';
import { ConvolutionExplorerFallback } from './convolution-explorer-fallback';
import { ConvolutionExplorerIsland } from './convolution-explorer-island';

export function ConvolutionExplorer({ lang }: { lang: Locale }) {
  return <ConvolutionExplorerIsland lang={lang} fallback={<ConvolutionExplorerFallback lang={lang} />} />;
}
