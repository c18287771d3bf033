'use client';
// Zero-shot classification: one image scored against one prompt per label, softmax, prediction.
import type { ZeroShotResult } from '@/lib/clip/zero-shot';
import type { Locale } from '@/lib/i18n/locales';
import { formatPercent } from '../pretraining-shared/format';
import { prompt } from './schema';
import { clipText } from './strings';

const field = 'rounded-md border border-[var(--border)] bg-[var(--bg)] px-2 py-1';

export function ZeroShotPanel({
  result,
  image,
  labels,
  onPick,
  lang,
}: {
  result: ZeroShotResult;
  image: number;
  labels: readonly string[];
  onPick: (i: number) => void;
  lang: Locale;
}) {
  const t = clipText[lang];
  return (
    <section className="mt-5 border-t border-[var(--border)] pt-3" aria-labelledby="clip-zs-heading">
      <h3 id="clip-zs-heading" className="text-sm font-semibold">{t.zeroShot}</h3>
      <p className="mt-1 text-sm" style={{ color: 'var(--muted)' }}>{t.zeroShotIntro}</p>
      <label className="mt-2 flex flex-wrap items-center gap-2 text-sm">
        <span>{t.pickImage}</span>
        <select value={String(image)} onChange={(e) => onPick(Number(e.target.value))} className={field} data-testid="clip-zs-image">
          {labels.map((label, i) => (
            <option key={i} value={String(i)}>{t.imageCell(label)}</option>
          ))}
        </select>
      </label>
      <ul className="mt-2 list-none space-y-1 p-0 text-sm" style={{ paddingInlineStart: 0 }} data-testid="clip-zs-bars">
        {labels.map((label, j) => {
          const p = result.probabilities[j] ?? 0;
          return (
            <li key={j} className="grid grid-cols-[minmax(0,11rem)_1fr_3.5rem] items-center gap-2" data-best={j === result.best ? 'true' : undefined}>
              <span className={`truncate ${j === result.best ? 'font-semibold' : ''}`}>{prompt(label, lang)}</span>
              <span className="h-3 rounded-sm bg-[var(--surface)]" aria-hidden="true">
                <span className="block h-3 rounded-sm" style={{ width: `${p * 100}%`, background: 'hsl(212 80% 45%)' }} />
              </span>
              <span className="text-end font-mono tabular-nums">{formatPercent(p, lang)}</span>
            </li>
          );
        })}
      </ul>
      <p className="mt-2 text-sm font-medium" aria-live="polite" data-testid="clip-zs-prediction">
        {t.prediction(prompt(labels[result.best] ?? '', lang), result.best === image)}
      </p>
    </section>
  );
}
