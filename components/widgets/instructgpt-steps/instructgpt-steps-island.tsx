'use client';
// Loads the live stepper only when it nears the viewport.
import { lazy, type ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { Island } from '../island';

const Live = lazy(() => import('./instructgpt-steps'));

export function InstructGptStepsIsland({ lang, fallback }: { lang: Locale; fallback: ReactNode }) {
  return (
    <Island name="instructgpt-steps" fallback={fallback}>
      <Live lang={lang} />
    </Island>
  );
}
