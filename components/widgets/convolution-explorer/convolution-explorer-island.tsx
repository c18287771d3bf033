'use client';
// Loads the live widget only when it nears the viewport.
import { lazy, type ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { Island } from '../island';

const Live = lazy(() => import('./convolution-explorer'));

export function ConvolutionExplorerIsland({ lang, fallback }: { lang: Locale; fallback: ReactNode }) {
  return (
    <Island name="convolution-explorer" fallback={fallback}>
      <Live lang={lang} />
    </Island>
  );
}
