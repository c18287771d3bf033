'use client';
// Loads the live trainer (and, from it, the training worker) only when it nears the viewport.
import { lazy, type ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { Island } from '../island';

const Live = lazy(() => import('./gan-trainer'));

export function GanTrainerIsland({ lang, fallback }: { lang: Locale; fallback: ReactNode }) {
  return (
    <Island name="gan-trainer" fallback={fallback}>
      <Live lang={lang} />
    </Island>
  );
}
