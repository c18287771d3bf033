'use client';
// Loads the live unCLIP stepper only when it nears the viewport.
import { lazy, type ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { Island } from '../island';

const Live = lazy(() => import('./unclip-pipeline'));

export function UnclipPipelineIsland({ lang, fallback }: { lang: Locale; fallback: ReactNode }) {
  return (
    <Island name="unclip-pipeline" fallback={fallback}>
      <Live lang={lang} />
    </Island>
  );
}
