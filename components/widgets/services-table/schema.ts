// The services table's URL parameters (`?services.sort=price&services.dir=desc&services.type=image-app`).
import { serviceTypes, sortKeys } from '@/lib/pricing/services';
import type { Schema } from '@/lib/url-state';

export const NAMESPACE = 'services';
export const servicesSchema = {
  sort: { kind: 'enum', values: sortKeys, default: 'type' },
  dir: { kind: 'enum', values: ['asc', 'desc'], default: 'asc' },
  type: { kind: 'enum', values: ['all', ...serviceTypes], default: 'all' },
  priced: { kind: 'boolean', default: false },
} as const satisfies Schema;
