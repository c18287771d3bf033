'use client';
// Loads the CycleGAN toy (and its training worker) only when it nears the viewport.
import { lazy, type ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { Island } from '../island';

const Live = lazy(() => import('./cyclegan-toy'));

export function CycleGanToyIsland({ lang, fallback }: { lang: Locale; fallback: ReactNode }) {
  return (
    <Island name="cyclegan-toy" fallback={fallback}>
      <Live lang={lang} />
    </Island>
  );
}
