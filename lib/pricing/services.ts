// The early-2023 survey of AIGC services: types, and the sorting and filtering the services table offers.
// Prices appear only where FACTS.md gives them (the schema in services-schema.ts enforces the pairing).

export const serviceTypes = ['chat', 'text-api', 'image-api', 'image-app', 'image-model', 'model-hub', 'model-family'] as const;
export type ServiceType = (typeof serviceTypes)[number];

export const priceStatuses = ['confirmed', 'secondary', 'not-verified'] as const;
export type PriceStatus = (typeof priceStatuses)[number];

export const sortKeys = ['type', 'service', 'provider', 'price'] as const;
export type SortKey = (typeof sortKeys)[number];
export type SortDir = 'asc' | 'desc';

export interface ServicePrice {
  usd: number;
  unit: '1k-tokens' | 'image';
}

interface ServiceText {
  service: string;
  provider: string;
  pricing: string;
}

/** One surveyed service, in both languages. */
export interface Service {
  id: string;
  type: ServiceType;
  /** Lowest listed price, for sorting; null when no price is verified here. */
  price: ServicePrice | null;
  priceStatus: PriceStatus;
  en: ServiceText;
  zh: ServiceText;
}

/** One service in one language, as the table shows it. */
export interface LocalService {
  id: string;
  type: ServiceType;
  price: ServicePrice | null;
  priceStatus: PriceStatus;
  service: string;
  provider: string;
  pricing: string;
}

export function localizeServices(services: readonly Service[], lang: 'en' | 'zh'): LocalService[] {
  return services.map(({ en, zh, ...rest }) => ({ ...rest, ...(lang === 'zh' ? zh : en) }));
}

export function isServiceType(value: string): value is ServiceType {
  return (serviceTypes as readonly string[]).includes(value);
}

export function isSortKey(value: string): value is SortKey {
  return (sortKeys as readonly string[]).includes(value);
}

const unitOrder = { '1k-tokens': 0, image: 1 } as const;

/**
 * Sorted copy. Text columns compare with the language's collation. Prices are only comparable within a
 * unit, so "price" orders by unit (per 1,000 tokens, then per image), then amount; services without a
 * verified price always come last, whichever the direction.
 */
export function sortServices(list: readonly LocalService[], key: SortKey, dir: SortDir, lang: 'en' | 'zh'): LocalService[] {
  const collator = new Intl.Collator(lang === 'zh' ? 'zh-CN' : 'en', { sensitivity: 'base', numeric: true });
  const sign = dir === 'asc' ? 1 : -1;
  const typeRank = (t: ServiceType) => serviceTypes.indexOf(t);
  return [...list].sort((a, b) => {
    if (key === 'price') {
      if (a.price === null || b.price === null) {
        if (a.price === null && b.price === null) return collator.compare(a.service, b.service);
        return a.price === null ? 1 : -1;
      }
      const byUnit = unitOrder[a.price.unit] - unitOrder[b.price.unit];
      if (byUnit !== 0) return sign * byUnit;
      return sign * (a.price.usd - b.price.usd) || collator.compare(a.service, b.service);
    }
    const primary = key === 'type' ? typeRank(a.type) - typeRank(b.type) : collator.compare(a[key], b[key]);
    return sign * primary || collator.compare(a.service, b.service);
  });
}

export function filterServices(list: readonly LocalService[], type: ServiceType | 'all', pricedOnly: boolean): LocalService[] {
  return list.filter((s) => (type === 'all' || s.type === type) && (!pricedOnly || s.price !== null));
}
