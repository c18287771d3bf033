'use client';
// Loads the live widget and its corpus only when it nears the viewport.
import { lazy, type ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { Island } from '../island';

const Live = lazy(() => import('./word-vectors'));

export function WordVectorsIsland({ lang, fallback }: { lang: Locale; fallback: ReactNode }) {
  return (
    <Island name="word-vectors" fallback={fallback}>
      <Live lang={lang} />
    </Island>
  );
}
