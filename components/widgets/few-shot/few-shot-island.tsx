'use client';
// Loads the live widget and GPT-3's BPE tokenizer (about half a megabyte) only when it nears the viewport.
import { lazy, type ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { Island } from '../island';

const Live = lazy(() => import('./few-shot'));

export function FewShotIsland({ lang, fallback }: { lang: Locale; fallback: ReactNode }) {
  return (
    <Island name="few-shot" fallback={fallback}>
      <Live lang={lang} />
    </Island>
  );
}
