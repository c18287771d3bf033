// The static version: every use with its full prompt, the good answer and the checks, rendered at build time.
import { usePrompts } from '@/content/data/chatgpt/uses';
import type { Locale } from '@/lib/i18n/locales';
import { usesText } from './strings';
import { promptBlock, UseDetails } from './use-details';

export function UsePromptsFallback({ lang }: { lang: Locale }) {
  const t = usesText[lang];
  return (
    <figure className="rounded-lg border border-[var(--border)] p-3 sm:p-4">
      <figcaption className="mb-2">
        <span className="block font-semibold">{t.title}</span>
        <span className="text-sm" style={{ color: 'var(--muted)' }}>{t.fallbackCaption}</span>
      </figcaption>
      <ol className="grid list-none gap-4 p-0">
        {usePrompts.map((use) => (
          <li key={use.id} className="rounded-md border border-[var(--border)] p-3">
            <p className="font-semibold">{use.name[lang]}</p>
            <p className="mt-2 text-sm font-medium">{t.prompt}</p>
            <p className={promptBlock}>{use.prompt[lang]}</p>
            <UseDetails use={use} lang={lang} />
          </li>
        ))}
      </ol>
    </figure>
  );
}
