'use client';
// The counter over many draws: each outcome's share of all positions beside BERT's 15% / 12% / 1.5% / 1.5%.
import type { Locale } from '@/lib/i18n/locales';
import { tallyShares } from '@/lib/text/masking';
import { BERT_EXPECTED_SHARES } from '@/lib/text/masking-tally';
import { formatCount, formatPercent } from '../pretraining-shared/format';
import { bertText } from './strings';
import type { useMaskingCounter } from './use-masking-counter';

const rows = ['chosen', 'masked', 'random', 'kept'] as const;
const button = 'min-h-10 rounded-md border border-[var(--border)] px-3 py-1.5 hover:bg-[var(--surface)]';

export function MaskingCounter({ counter, lang }: { counter: ReturnType<typeof useMaskingCounter>; lang: Locale }) {
  const t = bertText[lang];
  const shares = tallyShares(counter.tally);
  const pct = (x: number) => formatPercent(x, lang, 2);
  const done = counter.draws > 0 && !counter.running;
  return (
    <section className="mt-5 border-t border-[var(--border)] pt-3" aria-labelledby="bert-counter-heading">
      <h3 id="bert-counter-heading" className="text-sm font-semibold">{t.counterHeading}</h3>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        {counter.running ? (
          <button type="button" className={button} onClick={counter.stop} data-testid="counter-stop">{t.stop}</button>
        ) : (
          <button type="button" className={button} onClick={counter.start} data-testid="counter-run">{t.run(formatCount(counter.total, lang))}</button>
        )}
        <progress max={counter.total} value={counter.draws} aria-label={t.counterHeading} className="w-32" />
        <span className="text-sm" data-testid="counter-progress">
          {t.progress(formatCount(counter.draws, lang), formatCount(counter.total, lang), formatCount(counter.tally.positions, lang))}
        </span>
      </div>
      <table className="mt-2 w-full text-sm" data-testid="counter-table">
        <thead>
          <tr>
            <th scope="col" className="text-start"></th>
            <th scope="col" className="text-end">{t.share}</th>
            <th scope="col" className="text-end">{t.expected}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r} data-row={r}>
              <th scope="row" className="text-start font-normal">{t.rows[r]}</th>
              <td className="text-end tabular-nums">{counter.draws > 0 ? pct(shares[r]) : '–'}</td>
              <td className="text-end tabular-nums">{formatPercent(BERT_EXPECTED_SHARES[r], lang, 1)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="sr-only" aria-live="polite" data-testid="counter-summary">
        {done ? t.counterSummary(formatCount(counter.tally.positions, lang), pct(shares.chosen), pct(shares.masked), pct(shares.random), pct(shares.kept)) : ''}
      </p>
    </section>
  );
}
