'use client';
// Next-sentence prediction as a pair builder: [CLS] A [SEP] B [SEP], its label, and the 50/50 tally.
import type { Locale } from '@/lib/i18n/locales';
import type { NspPair } from '@/lib/text/nsp';
import { joinTokens } from '@/lib/text/tokenize';
import { formatCount, formatPercent } from '../pretraining-shared/format';
import { bertText } from './strings';

const button = 'min-h-10 rounded-md border border-[var(--border)] px-3 py-1.5 hover:bg-[var(--surface)]';

export function NspPairView({ pair, tally, onNewPair, lang }: { pair: NspPair; tally: { draws: number; isNext: number }; onNewPair: () => void; lang: Locale }) {
  const t = bertText[lang];
  const isNext = pair.label === 'IsNext';
  return (
    <section className="mt-5 border-t border-[var(--border)] pt-3" aria-labelledby="bert-nsp-heading">
      <h3 id="bert-nsp-heading" className="text-sm font-semibold">{t.nspHeading}</h3>
      <p className="mt-1 text-sm" style={{ color: 'var(--muted)' }}>{t.nspIntro}</p>
      <div className="mt-2 rounded-md bg-[var(--surface)] p-2 font-mono text-sm break-words" data-testid="nsp-pair">
        <p><span style={{ color: 'var(--muted)' }}>[CLS]</span> A: {joinTokens(pair.a, lang)} <span style={{ color: 'var(--muted)' }}>[SEP]</span></p>
        <p className="mt-1">B: {joinTokens(pair.b, lang)} <span style={{ color: 'var(--muted)' }}>[SEP]</span></p>
      </div>
      <p className="mt-2 text-sm" aria-live="polite" data-testid="nsp-label">
        <span className="rounded-md px-1.5 py-0.5 font-semibold" style={{ border: `2px ${isNext ? 'solid' : 'dashed'} var(--border)` }}>{t.labels[pair.label]}</span>{' '}
        {t.labelHelp[pair.label]}
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <button type="button" className={button} onClick={onNewPair} data-testid="nsp-new-pair">{t.newPair}</button>
        <span className="text-sm" data-testid="nsp-tally">{t.nspTally(formatCount(tally.draws, lang), formatPercent(tally.isNext / tally.draws, lang))}</span>
      </div>
    </section>
  );
}
