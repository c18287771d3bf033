// Validates content/data/in-practice/services.json at build time and in tests: a price always comes with
// how it was checked, and "not verified here" never comes with a price. Kept apart from services.ts so the
// live table does not ship zod.
import { z } from 'zod';
import { priceStatuses, serviceTypes, type Service } from './services';

const text = z.object({ service: z.string().min(1), provider: z.string().min(1), pricing: z.string().min(1) }).strict();

const serviceSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    type: z.enum(serviceTypes),
    price: z.object({ usd: z.number().nonnegative(), unit: z.enum(['1k-tokens', 'image']) }).strict().nullable(),
    priceStatus: z.enum(priceStatuses),
    en: text,
    zh: text,
  })
  .strict()
  .refine((s) => (s.price === null) === (s.priceStatus === 'not-verified'), { message: 'a price needs a status, and "not-verified" needs no price', path: ['price'] });

export const servicesSchema = z
  .array(serviceSchema)
  .min(1)
  .refine((list) => new Set(list.map((s) => s.id)).size === list.length, { message: 'service ids must be unique' });

export function parseServices(data: unknown, file = 'content/data/in-practice/services.json'): Service[] {
  const parsed = servicesSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new Error(`${file}: ${issue?.path.join('.') || '(list)'}: ${issue?.message ?? 'invalid'}`);
}
