'use client';
// Loads the live GAN-INT-CLS stepper only when it nears the viewport.
import { lazy, type ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { Island } from '../island';

const Live = lazy(() => import('./gan-cls-stepper'));

export function GanClsStepperIsland({ lang, fallback }: { lang: Locale; fallback: ReactNode }) {
  return (
    <Island name="gan-cls-stepper" fallback={fallback}>
      <Live lang={lang} />
    </Island>
  );
}
