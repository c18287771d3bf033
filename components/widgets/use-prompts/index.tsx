// What MDX's <UsePrompts /> renders: every use with its prompt as a static list now, the live picker once it is near.
import type { Locale } from '@/lib/i18n/locales';
import { UsePromptsFallback } from './use-prompts-fallback';
import { UsePromptsIsland } from './use-prompts-island';

export function UsePrompts({ lang }: { lang: Locale }) {
  return <UsePromptsIsland lang={lang} fallback={<UsePromptsFallback lang={lang} />} />;
}
