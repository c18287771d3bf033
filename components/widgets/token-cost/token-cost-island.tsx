'use client';
// Loads the live calculator only when it nears the viewport; the tokenizer loads later still, in a worker.
import { lazy, type ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { Island } from '../island';

const Live = lazy(() => import('./token-cost'));

export function TokenCostIsland({ lang, fallback }: { lang: Locale; fallback: ReactNode }) {
  return (
    <Island name="token-cost" fallback={fallback}>
      <Live lang={lang} />
    </Island>
  );
}
