'use client';
// Loads the sortable, filterable table only when it nears the viewport.
import { lazy, type ReactNode } from 'react';
import type { LocalService } from '@/lib/pricing/services';
import type { Locale } from '@/lib/i18n/locales';
import { Island } from '../island';

const Live = lazy(() => import('./services-table'));

export function ServicesTableIsland({ lang, services, fallback }: { lang: Locale; services: LocalService[]; fallback: ReactNode }) {
  return (
    <Island name="services-table" fallback={fallback}>
      <Live lang={lang} services={services} />
    </Island>
  );
}
