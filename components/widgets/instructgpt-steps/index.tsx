// What MDX's <InstructGptSteps /> renders: the three steps as static cards now, the live stepper once it is near.
import type { Locale } from '@/lib/i18n/locales';
import { InstructGptStepsFallback } from './instructgpt-steps-fallback';
import { InstructGptStepsIsland } from './instructgpt-steps-island';

export function InstructGptSteps({ lang }: { lang: Locale }) {
  return <InstructGptStepsIsland lang={lang} fallback={<InstructGptStepsFallback lang={lang} />} />;
}
