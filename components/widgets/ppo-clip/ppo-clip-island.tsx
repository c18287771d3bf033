'use client';
// Loads the live PPO clip widget and recharts only when it nears the viewport.
import { lazy, type ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { Island } from '../island';

const Live = lazy(() => import('./ppo-clip'));

export function PpoClipIsland({ lang, fallback }: { lang: Locale; fallback: ReactNode }) {
  return (
    <Island name="ppo-clip" fallback={fallback}>
      <Live lang={lang} />
    </Island>
  );
}
