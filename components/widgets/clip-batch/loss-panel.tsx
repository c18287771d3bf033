// The two halves of CLIP's loss, their mean, and log N for comparison.
import type { ClipBatchView } from '@/lib/clip/batch-view';
import type { Locale } from '@/lib/i18n/locales';
import { formatFixed } from './format';
import { clipText } from './strings';

export function LossPanel({ view, size, lang }: { view: ClipBatchView; size: number; lang: Locale }) {
  const t = clipText[lang];
  const f = (x: number) => formatFixed(x, lang, 3);
  return (
    <section className="mt-3">
      <h3 className="text-sm font-semibold">{t.lossHeading}</h3>
      <dl className="mt-1 grid grid-cols-[1fr_auto] gap-x-3 gap-y-0.5 text-sm">
        <dt>{t.imageToText}</dt>
        <dd className="text-end font-mono" data-testid="clip-loss-i2t">{f(view.loss.imageToText)}</dd>
        <dt>{t.textToImage}</dt>
        <dd className="text-end font-mono" data-testid="clip-loss-t2i">{f(view.loss.textToImage)}</dd>
        <dt className="font-semibold">{t.clipLoss}</dt>
        <dd className="text-end font-mono font-semibold" data-testid="clip-loss">{f(view.loss.loss)}</dd>
      </dl>
      <p className="mt-1 text-xs" style={{ color: 'var(--muted)' }} data-testid="clip-chance">
        {t.chance(size, f(view.chance))}; {t.wins(view.diagonalWins, size)}
      </p>
    </section>
  );
}
