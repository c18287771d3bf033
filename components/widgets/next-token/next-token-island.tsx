'use client';
// Loads the live widget, its corpus and recharts only when it nears the viewport.
import { lazy, type ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { Island } from '../island';

const Live = lazy(() => import('./next-token'));

export function NextTokenIsland({ lang, fallback }: { lang: Locale; fallback: ReactNode }) {
  return (
    <Island name="next-token" fallback={fallback}>
      <Live lang={lang} />
    </Island>
  );
}
