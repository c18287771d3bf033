'use client';
// State of the services table: sort column and direction, type filter and "priced only" (all in the URL).
import { useMemo } from 'react';
import { filterServices, isServiceType, isSortKey, sortServices, type LocalService, type ServiceType, type SortKey } from '@/lib/pricing/services';
import type { Locale } from '@/lib/i18n/locales';
import { useUrlState } from '../use-url-state';
import { NAMESPACE, servicesSchema } from './schema';

export function useServicesTable(services: readonly LocalService[], lang: Locale) {
  const { values, update, problems, linkToSetting } = useUrlState(NAMESPACE, servicesSchema);
  const sort: SortKey = isSortKey(values.sort) ? values.sort : 'type';
  const dir = values.dir === 'desc' ? 'desc' : 'asc';
  const type: ServiceType | 'all' = isServiceType(values.type) ? values.type : 'all';
  const rows = useMemo(() => sortServices(filterServices(services, type, values.priced), sort, dir, lang), [services, type, values.priced, sort, dir, lang]);

  return {
    rows,
    total: services.length,
    sort,
    dir,
    type,
    pricedOnly: values.priced,
    problems,
    linkToSetting,
    /** Clicking the sorted column flips its direction; another column starts ascending. */
    sortBy: (key: SortKey) => update(key === sort ? { dir: dir === 'asc' ? 'desc' : 'asc' } : { sort: key, dir: 'asc' }),
    setType: (next: ServiceType | 'all') => update({ type: next }),
    setPricedOnly: (next: boolean) => update({ priced: next }),
  };
}
