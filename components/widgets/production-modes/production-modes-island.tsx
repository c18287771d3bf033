'use client';
// Loads the live widget (and recharts) only when it nears the viewport.
import { lazy, type ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { Island } from '../island';

const Live = lazy(() => import('./production-modes'));

export function ProductionModesIsland({ lang, fallback }: { lang: Locale; fallback: ReactNode }) {
  return (
    <Island name="production-modes" fallback={fallback}>
      <Live lang={lang} />
    </Island>
  );
}
