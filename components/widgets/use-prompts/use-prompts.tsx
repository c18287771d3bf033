'use client';
// Live uses picker: choose a use (radio buttons, arrow keys), read its prompt, copy it with one button (a live
// message says whether it worked), and see what a good answer looks like and what to check.
import { useId, useRef } from 'react';
import { usePrompts } from '@/content/data/chatgpt/uses';
import type { Locale } from '@/lib/i18n/locales';
import { WidgetShell } from '../widget-shell';
import { usesText } from './strings';
import { promptBlock, UseDetails } from './use-details';
import { useUsePrompts } from './use-use-prompts';

const choice =
  'flex min-h-10 cursor-pointer items-center gap-2 rounded-md border border-[var(--border)] px-2 has-[:checked]:bg-[var(--surface)] has-[:checked]:font-semibold';

export default function UsePrompts({ lang }: { lang: Locale }) {
  const t = usesText[lang];
  const promptRef = useRef<HTMLParagraphElement>(null);
  const s = useUsePrompts(lang, promptRef);
  const id = useId();

  return (
    <WidgetShell
      title={t.title}
      problems={s.problems}
      labels={{ copySettingLink: t.copySettingLink, settingLinkCopied: t.settingLinkCopied, ignoredParam: t.ignoredParam }}
      link={s.link}
      testId="use-prompts"
    >
      <fieldset>
        <legend className="mb-1 text-sm font-medium">{t.pick}</legend>
        <div className="flex flex-wrap gap-1 text-sm">
          {usePrompts.map((use) => (
            <label key={use.id} className={choice}>
              <input type="radio" name={`${id}-use`} value={use.id} checked={s.use.id === use.id} onChange={() => s.select(use.id)} />
              {use.name[lang]}
            </label>
          ))}
        </div>
      </fieldset>

      <div className="mt-4" data-testid="use-panel" data-use={s.use.id}>
        <p className="font-semibold" data-testid="use-name">{s.use.name[lang]}</p>
        <div className="mt-2 flex flex-wrap items-end justify-between gap-2">
          <p id={`${id}-label`} className="text-sm font-medium">{t.prompt}</p>
          <button
            type="button"
            onClick={s.copyPrompt}
            aria-describedby={`${id}-prompt`}
            className="min-h-10 rounded-md border border-[var(--border)] px-3 text-sm hover:bg-[var(--surface)]"
            data-testid="copy-prompt"
          >
            {t.copy}
          </button>
        </div>
        <p ref={promptRef} id={`${id}-prompt`} tabIndex={-1} className={promptBlock} data-testid="use-prompt">
          {s.use.prompt[lang]}
        </p>
        <p role="status" className="mt-1 min-h-5 text-sm font-medium" style={{ color: 'var(--accent)' }} data-testid="copy-status">
          {s.copyState === 'copied' ? t.copied : s.copyState === 'manual' ? t.manual : ''}
        </p>
        <UseDetails use={s.use} lang={lang} />
      </div>
    </WidgetShell>
  );
}
