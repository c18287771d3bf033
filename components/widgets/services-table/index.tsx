// What MDX's <ServicesTable /> renders: the survey data validated at build time, shown as a static table
// and handed (in the page's language) to the live, sortable table.
import servicesData from '@/content/data/in-practice/services.json';
import { localizeServices } from '@/lib/pricing/services';
import { parseServices } from '@/lib/pricing/services-schema';
import type { Locale } from '@/lib/i18n/locales';
import { ServicesTableFallback } from './services-table-fallback';
import { ServicesTableIsland } from './services-table-island';

const services = parseServices(servicesData);

export function ServicesTable({ lang }: { lang: Locale }) {
  const local = localizeServices(services, lang);
  return <ServicesTableIsland lang={lang} services={local} fallback={<ServicesTableFallback lang={lang} services={local} />} />;
}
