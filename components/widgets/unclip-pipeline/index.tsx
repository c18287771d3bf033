// What MDX's <UnclipPipeline /> renders: the static stage table now, the live stepper once it is near.
import type { Locale } from '@/lib/i18n/locales';
import { UnclipPipelineFallback } from './unclip-pipeline-fallback';
import { UnclipPipelineIsland } from './unclip-pipeline-island';

export function UnclipPipeline({ lang }: { lang: Locale }) {
  return <UnclipPipelineIsland lang={lang} fallback={<UnclipPipelineFallback lang={lang} />} />;
}
