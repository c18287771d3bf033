'use client';
// The live services table: sort by any column (click or Enter on its header), filter by type or to the
// services whose early-2023 price we can source. Every view can be linked.
import { serviceTypes, sortKeys, type LocalService, type ServiceType } from '@/lib/pricing/services';
import type { Locale } from '@/lib/i18n/locales';
import { WidgetShell } from '../widget-shell';
import { ServiceRows } from './service-rows';
import { servicesText } from './strings';
import { useServicesTable } from './use-services-table';

export default function ServicesTable({ lang, services }: { lang: Locale; services: LocalService[] }) {
  const t = servicesText[lang];
  const s = useServicesTable(services, lang);

  return (
    <WidgetShell
      title={t.title}
      badge={t.badge}
      problems={s.problems}
      labels={{ copySettingLink: t.copySettingLink, settingLinkCopied: t.settingLinkCopied, ignoredParam: t.ignoredParam }}
      link={() => s.linkToSetting('services')}
      testId="services-table"
    >
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
        <label className="flex items-center gap-2">
          <span>{t.typeFilter}</span>
          <select
            value={s.type}
            onChange={(e) => s.setType(e.target.value as ServiceType | 'all')}
            className="min-h-10 rounded-md border border-[var(--border)] bg-[var(--bg)] px-2"
            data-testid="services-type"
          >
            <option value="all">{t.allTypes}</option>
            {serviceTypes.map((type) => (
              <option key={type} value={type}>
                {t.types[type]}
              </option>
            ))}
          </select>
        </label>
        <label className="flex min-h-10 items-center gap-2">
          <input type="checkbox" checked={s.pricedOnly} onChange={(e) => s.setPricedOnly(e.target.checked)} data-testid="services-priced" />
          {t.pricedOnly}
        </label>
      </div>
      <p className="mt-2 text-sm" aria-live="polite" data-testid="services-count">
        {s.rows.length > 0 ? t.showing(s.rows.length, s.total) : t.none}
      </p>
      <div className="overflow-x-auto">
        <table className="services-table w-full text-sm">
          <caption className="mb-2 text-start text-sm" style={{ color: 'var(--muted)' }}>
            {t.caption}
          </caption>
          <thead>
            <tr>
              {sortKeys.map((key) => {
                const active = s.sort === key;
                const next = active && s.dir === 'asc' ? 'desc' : 'asc';
                return (
                  <th key={key} scope="col" aria-sort={active ? (s.dir === 'asc' ? 'ascending' : 'descending') : undefined}>
                    <button
                      type="button"
                      onClick={() => s.sortBy(key)}
                      className="inline-flex items-center gap-1 font-semibold underline-offset-2 hover:underline"
                      aria-label={t.sortBy(t.columns[key], next)}
                      data-testid={`sort-${key}`}
                    >
                      {t.columns[key]}
                      <span aria-hidden="true">{active ? (s.dir === 'asc' ? '▲' : '▼') : '↕'}</span>
                    </button>
                  </th>
                );
              })}
              <th scope="col">{t.columns.status}</th>
            </tr>
          </thead>
          <ServiceRows rows={s.rows} t={t} />
        </table>
      </div>
    </WidgetShell>
  );
}
