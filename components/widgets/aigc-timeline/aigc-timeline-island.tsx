'use client';
// Loads the live timeline only when it nears the viewport; the static list stays for print and no-JS readers.
import { lazy, type ReactNode } from 'react';
import type { LocalEvent } from '@/lib/history/timeline';
import type { Locale } from '@/lib/i18n/locales';
import { Island } from '../island';

const Live = lazy(() => import('./aigc-timeline'));

export function AigcTimelineIsland({ lang, events, fallback }: { lang: Locale; events: LocalEvent[]; fallback: ReactNode }) {
  return (
    <Island name="aigc-timeline" fallback={fallback}>
      <Live lang={lang} events={events} />
    </Island>
  );
}
