// The static services table, in the order of the survey: what readers without JavaScript and print get.
import type { LocalService } from '@/lib/pricing/services';
import type { Locale } from '@/lib/i18n/locales';
import { ServiceRows } from './service-rows';
import { servicesText } from './strings';

export function ServicesTableFallback({ lang, services }: { lang: Locale; services: LocalService[] }) {
  const t = servicesText[lang];
  return (
    <figure className="rounded-lg border border-[var(--border)] p-3 sm:p-4" data-testid="services-fallback">
      <figcaption className="mb-2 flex flex-wrap items-center gap-2">
        <span className="font-semibold">{t.title}</span>
        <span className="rounded-full border border-[var(--border)] px-2 py-0.5 text-xs" style={{ color: 'var(--muted)' }}>
          {t.badge}
        </span>
      </figcaption>
      <div className="overflow-x-auto">
        <table className="services-table w-full text-sm">
          <caption className="mb-2 text-start text-sm" style={{ color: 'var(--muted)' }}>
            {t.caption}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t.columns.type}</th>
              <th scope="col">{t.columns.service}</th>
              <th scope="col">{t.columns.provider}</th>
              <th scope="col">{t.columns.price}</th>
              <th scope="col">{t.columns.status}</th>
            </tr>
          </thead>
          <ServiceRows rows={services} t={t} />
        </table>
      </div>
    </figure>
  );
}
