// What MDX's <RewardModelTrainer /> renders: the static tables now, the live widget once it is near.
import type { Locale } from '@/lib/i18n/locales';
import { RewardModelTrainerFallback } from './reward-model-trainer-fallback';
import { RewardModelTrainerIsland } from './reward-model-trainer-island';

export function RewardModelTrainer({ lang }: { lang: Locale }) {
  return <RewardModelTrainerIsland lang={lang} fallback={<RewardModelTrainerFallback lang={lang} />} />;
}
