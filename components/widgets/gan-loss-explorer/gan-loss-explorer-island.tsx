'use client';
// Loads the live loss explorer and recharts only when it nears the viewport.
import { lazy, type ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { Island } from '../island';

const Live = lazy(() => import('./gan-loss-explorer'));

export function GanLossExplorerIsland({ lang, fallback }: { lang: Locale; fallback: ReactNode }) {
  return (
    <Island name="gan-loss-explorer" fallback={fallback}>
      <Live lang={lang} />
    </Island>
  );
}
