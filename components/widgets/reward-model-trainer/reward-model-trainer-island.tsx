'use client';
// Loads the live reward-model widget and recharts only when it nears the viewport.
import { lazy, type ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { Island } from '../island';

const Live = lazy(() => import('./reward-model-trainer'));

export function RewardModelTrainerIsland({ lang, fallback }: { lang: Locale; fallback: ReactNode }) {
  return (
    <Island name="reward-model-trainer" fallback={fallback}>
      <Live lang={lang} />
    </Island>
  );
}
