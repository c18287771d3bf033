// CLIP batch widget URL parameters (`?clip.n=6&clip.t=0.07&clip.a=0.8&clip.shuffle=1`).
import type { Locale } from '@/lib/i18n/locales';
import type { Schema } from '@/lib/url-state';

export const NAMESPACE = 'clip';
export const VIEWS = ['logits', 'rows', 'cols'] as const;
export type View = (typeof VIEWS)[number];

export const clipSchema = {
  n: { kind: 'number', min: 4, max: 8, default: 6, integer: true },
  /** CLIP learns τ from 0.07 and caps 1/τ at 100, so τ never goes below 0.01. */
  t: { kind: 'number', min: 0.01, max: 2, default: 0.07 },
  a: { kind: 'number', min: 0, max: 1, default: 0.8 },
  shuffle: { kind: 'number', min: 0, max: 999, default: 0, integer: true },
  seed: { kind: 'number', min: 1, max: 999_999, default: 1, integer: true },
  view: { kind: 'enum', values: VIEWS, default: 'logits' },
  /** The image in the zero-shot panel, 1-based; above the batch size it falls back to the last image. */
  img: { kind: 'number', min: 1, max: 8, default: 1, integer: true },
} as const satisfies Schema;

/** What each toy pair shows; the batch takes the first N. */
export const labels: Record<Locale, readonly string[]> = {
  en: ['cat', 'dog', 'car', 'tree', 'house', 'bird', 'boat', 'apple'],
  zh: ['猫', '狗', '汽车', '树', '房子', '鸟', '船', '苹果'],
};

export function prompt(label: string, lang: Locale): string {
  if (lang === 'zh') return `一张${label}的照片`;
  return `a photo of ${/^[aeiou]/.test(label) ? 'an' : 'a'} ${label}`;
}
