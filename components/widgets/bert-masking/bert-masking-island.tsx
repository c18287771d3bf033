'use client';
// Loads the live widget and its corpus only when it nears the viewport.
import { lazy, type ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { Island } from '../island';

const Live = lazy(() => import('./bert-masking'));

export function BertMaskingIsland({ lang, fallback }: { lang: Locale; fallback: ReactNode }) {
  return (
    <Island name="bert-masking" fallback={fallback}>
      <Live lang={lang} />
    </Island>
  );
}
