import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { filterServices, localizeServices, sortServices } from '@/lib/pricing/services';
import { parseServices } from '@/lib/pricing/services-schema';

const raw: unknown = JSON.parse(readFileSync(path.join(process.cwd(), 'content/data/in-practice/services.json'), 'utf8'));
const services = parseServices(raw);
const en = Object.freeze(localizeServices(services, 'en'));

describe('content/data/in-practice/services.json', () => {
  it('lists every service the outline names', () => {
    const names = en.map((s) => s.service).join(' | ');
    for (const name of ['ChatGPT', 'Davinci', 'ModelScope', 'Wenxin Yige', 'ERNIE', 'DALL·E', 'Tongyi', 'Midjourney', 'Stable Diffusion', '6pen']) {
      expect(names).toContain(name);
    }
  });

  it('gives prices only from FACTS.md and marks the rest as not verified', () => {
    const price = (id: string) => services.find((s) => s.id === id)?.price;
    expect(price('davinci')).toEqual({ usd: 0.02, unit: '1k-tokens' });
    expect(price('ada')).toEqual({ usd: 0.0004, unit: '1k-tokens' });
    expect(price('gpt-35-turbo')).toEqual({ usd: 0.002, unit: '1k-tokens' });
    expect(price('dall-e-api')).toEqual({ usd: 0.016, unit: 'image' });
    for (const id of ['modelscope', 'wenxin-yige', 'ernie', 'tongyi', 'midjourney', 'stable-diffusion', '6pen']) {
      const s = services.find((x) => x.id === id);
      expect(s?.price, id).toBeNull();
      expect(s?.priceStatus, id).toBe('not-verified');
      expect(s?.en.pricing, id).toMatch(/not verified here/i);
      expect(s?.zh.pricing, id).toMatch(/未核实/);
      expect(s?.en.pricing, id).not.toMatch(/\$|free|subscription/i);
    }
  });

  it('rejects a price without a status and duplicate ids', () => {
    const [first] = raw as Record<string, unknown>[];
    expect(() => parseServices([{ ...first, price: { usd: 1, unit: 'image' } }])).toThrow(/price/);
    expect(() => parseServices([first, first])).toThrow(/unique/);
  });
});

describe('sortServices and filterServices', () => {
  it('sorts by price within a unit, tokens before images, unverified last in both directions', () => {
    const asc = sortServices(en, 'price', 'asc', 'en').map((s) => s.id);
    expect(asc.slice(0, 6)).toEqual(['ada', 'babbage', 'gpt-35-turbo', 'curie', 'davinci', 'dall-e-api']);
    const desc = sortServices(en, 'price', 'desc', 'en').map((s) => s.id);
    expect(desc.slice(0, 6)).toEqual(['dall-e-api', 'davinci', 'gpt-35-turbo', 'curie', 'babbage', 'ada']);
    expect(services.filter((s) => s.price === null).map((s) => s.id)).toContain(desc[desc.length - 1]);
  });

  it('sorts text columns and keeps the input untouched', () => {
    const byName = sortServices(en, 'service', 'asc', 'en').map((s) => s.service);
    expect(byName[0]).toBe('6pen');
    expect(sortServices(en, 'service', 'desc', 'en').map((s) => s.service)).toEqual([...byName].reverse());
    expect(en[0]?.id).toBe('chatgpt');
  });

  it('filters by type and by having a published price', () => {
    expect(filterServices(en, 'text-api', false)).toHaveLength(5);
    expect(filterServices(en, 'all', true).map((s) => s.id)).toEqual(['gpt-35-turbo', 'davinci', 'curie', 'babbage', 'ada', 'dall-e-api']);
    expect(filterServices(en, 'image-app', true)).toEqual([]);
  });
});
