'use client';
// Loads the live uses picker only when it nears the viewport.
import { lazy, type ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { Island } from '../island';

const Live = lazy(() => import('./use-prompts'));

export function UsePromptsIsland({ lang, fallback }: { lang: Locale; fallback: ReactNode }) {
  return (
    <Island name="use-prompts" fallback={fallback}>
      <Live lang={lang} />
    </Island>
  );
}
