'use client';
// Loads the latent walk (and its training worker) only when it nears the viewport.
import { lazy, type ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { Island } from '../island';

const Live = lazy(() => import('./gan-latent-walk'));

export function GanLatentWalkIsland({ lang, fallback }: { lang: Locale; fallback: ReactNode }) {
  return (
    <Island name="gan-latent-walk" fallback={fallback}>
      <Live lang={lang} />
    </Island>
  );
}
