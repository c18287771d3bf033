// What MDX's <GanClsStepper /> renders: the static scores now, the live stepper once it is near.
import type { Locale } from '@/lib/i18n/locales';
import { GanClsStepperFallback } from './gan-cls-stepper-fallback';
import { GanClsStepperIsland } from './gan-cls-stepper-island';

export function GanClsStepper({ lang }: { lang: Locale }) {
  return <GanClsStepperIsland lang={lang} fallback={<GanClsStepperFallback lang={lang} />} />;
}
