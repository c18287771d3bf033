// One use's good answer and checks, shared by the static list and the live widget.
import type { UsePrompt } from '@/content/data/chatgpt/uses';
import type { Locale } from '@/lib/i18n/locales';
import { usesText } from './strings';

export function UseDetails({ use, lang }: { use: UsePrompt; lang: Locale }) {
  const t = usesText[lang];
  return (
    <>
      <p className="mt-3 text-sm font-medium">{t.goodAnswer}</p>
      <p className="text-sm" data-testid="use-good-answer">{use.goodAnswer[lang]}</p>
      <p className="mt-3 text-sm font-medium">{t.checks}</p>
      <ul className="list-disc ps-5 text-sm" data-testid="use-checks">
        {use.checks.map((c) => (
          <li key={c.en}>{c[lang]}</li>
        ))}
      </ul>
    </>
  );
}

export const promptBlock = 'mt-1 rounded-md bg-[var(--surface)] p-2 font-mono text-sm break-words whitespace-pre-wrap';
