// The static version: the default batch's cos/τ matrix and its loss, computed at build time by lib/clip.
import { clipBatchView } from '@/lib/clip/batch-view';
import type { Locale } from '@/lib/i18n/locales';
import { HeatMap } from './heat-map';
import { LossPanel } from './loss-panel';
import { clipSchema, labels } from './schema';
import { clipText } from './strings';

export function ClipBatchFallback({ lang }: { lang: Locale }) {
  const t = clipText[lang];
  const size = clipSchema.n.default;
  const view = clipBatchView({ size, alignment: clipSchema.a.default, temperature: clipSchema.t.default, shuffle: 0, seed: clipSchema.seed.default });
  const names = labels[lang].slice(0, size);
  return (
    <figure className="rounded-lg border border-[var(--border)] p-3 sm:p-4">
      <figcaption className="mb-2">
        <span className="font-semibold">{t.title}</span>
        <span className="mt-1 block text-sm" style={{ color: 'var(--muted)' }}>{t.fallbackCaption}</span>
      </figcaption>
      <HeatMap matrix={view.logits} view="logits" rowLabels={names.map((n) => t.imageCell(n))} columnLabels={names} lang={lang} />
      <LossPanel view={view} size={size} lang={lang} />
    </figure>
  );
}
