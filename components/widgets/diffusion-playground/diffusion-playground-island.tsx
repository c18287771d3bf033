'use client';
// Loads the live diffusion playground only when it nears the viewport.
import { lazy, type ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { Island } from '../island';

const Live = lazy(() => import('./diffusion-playground'));

export function DiffusionPlaygroundIsland({ lang, fallback }: { lang: Locale; fallback: ReactNode }) {
  return (
    <Island name="diffusion-playground" fallback={fallback}>
      <Live lang={lang} />
    </Island>
  );
}
