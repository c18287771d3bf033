'use client';
// Loads the live reward–KL widget and recharts only when it nears the viewport.
import { lazy, type ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { Island } from '../island';

const Live = lazy(() => import('./kl-tradeoff'));

export function KlTradeoffIsland({ lang, fallback }: { lang: Locale; fallback: ReactNode }) {
  return (
    <Island name="kl-tradeoff" fallback={fallback}>
      <Live lang={lang} />
    </Island>
  );
}
