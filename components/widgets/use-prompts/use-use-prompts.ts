'use client';
// State of the uses widget: the chosen use lives in the URL; copying tries the Clipboard API and, where the browser
// refuses (no permission, no API), selects the prompt so the reader can copy it by hand.
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { usePrompts, useIds, type UseId, type UsePrompt } from '@/content/data/chatgpt/uses';
import type { Locale } from '@/lib/i18n/locales';
import { useUrlState } from '../use-url-state';
import { NAMESPACE, SECTION, usePromptsSchema } from './schema';

export type CopyState = 'idle' | 'copied' | 'manual';

const isUse = (x: string): x is UseId => (useIds as readonly string[]).includes(x);

function selectContents(el: HTMLElement | null) {
  if (!el) return;
  el.focus();
  const selection = window.getSelection();
  if (!selection) return;
  const range = document.createRange();
  range.selectNodeContents(el);
  selection.removeAllRanges();
  selection.addRange(range);
}

/** `promptRef` is the element that shows the prompt: it is selected when the browser refuses to copy. */
export function useUsePrompts(lang: Locale, promptRef: RefObject<HTMLElement | null>) {
  const { values, update, problems, linkToSetting } = useUrlState(NAMESPACE, usePromptsSchema);
  const chosen: UseId = isUse(values.use) ? values.use : 'slogans';
  const use = usePrompts.find((u) => u.id === chosen) as UsePrompt;
  // The copy message belongs to one use: picking another clears it.
  const [copy, setCopy] = useState<{ use: UseId; state: CopyState }>({ use: chosen, state: 'idle' });
  const timer = useRef<number | undefined>(undefined);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  const copyPrompt = useCallback(async () => {
    window.clearTimeout(timer.current);
    const text = use.prompt[lang];
    try {
      if (typeof navigator.clipboard?.writeText !== 'function') throw new Error('no Clipboard API');
      await navigator.clipboard.writeText(text);
      setCopy({ use: use.id, state: 'copied' });
      timer.current = window.setTimeout(() => setCopy({ use: use.id, state: 'idle' }), 4000);
    } catch {
      selectContents(promptRef.current);
      setCopy({ use: use.id, state: 'manual' });
    }
  }, [use, lang, promptRef]);

  return {
    use,
    copyState: copy.use === use.id ? copy.state : 'idle',
    copyPrompt,
    problems,
    link: () => linkToSetting(SECTION),
    select: (id: UseId) => update({ use: id }),
  };
}
