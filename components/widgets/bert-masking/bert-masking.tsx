'use client';
// Live BERT masking: pick or type a sentence, see one seeded draw of the 15% / 80-10-10 rule, count many
// draws, and build next-sentence-prediction pairs from the corpus.
import { use, useId, useMemo } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { WidgetShell } from '../widget-shell';
import { loadCorpus } from '../pretraining-shared/load-corpus';
import { bertCorpus } from './corpus-data';
import { kindStyle } from './kind-style';
import { MaskedSentence } from './masked-sentence';
import { MaskingCounter } from './masking-counter';
import { NspPairView } from './nsp-pair';
import { MAX_CHARS, MAX_TOKENS, presets } from './schema';
import { bertText } from './strings';
import { useBertMasking } from './use-bert-masking';

const field = 'rounded-md border border-[var(--border)] bg-[var(--bg)] px-2 py-1';
const button = 'min-h-10 rounded-md border border-[var(--border)] px-3 py-1.5 hover:bg-[var(--surface)]';
const kinds = ['masked', 'random', 'kept'] as const;

export default function BertMasking({ lang }: { lang: Locale }) {
  const text = use(loadCorpus(lang));
  const corpus = useMemo(() => bertCorpus(text, lang), [text, lang]);
  const t = bertText[lang];
  const s = useBertMasking(corpus, lang);
  const id = useId();

  return (
    <WidgetShell
      title={t.title}
      problems={s.problems}
      labels={{ copySettingLink: t.copySettingLink, settingLinkCopied: t.settingLinkCopied, ignoredParam: t.ignoredParam }}
      link={() => s.linkToSetting('bert')}
      testId="bert-masking"
    >
      <div className="flex flex-wrap items-end gap-3 text-sm">
        <label className="flex min-w-0 flex-col gap-1">
          <span>{t.pick}</span>
          <select
            value={s.presetIndex >= 0 ? String(s.presetIndex) : 'custom'}
            onChange={(e) => e.target.value !== 'custom' && s.pickPreset(Number(e.target.value))}
            className={`${field} max-w-full`}
            data-testid="sentence-select"
          >
            {presets[lang].map((p, i) => (
              <option key={i} value={String(i)}>{p}</option>
            ))}
            {s.presetIndex < 0 ? <option value="custom">{t.custom}</option> : null}
          </select>
        </label>
      </div>
      <label className="mt-2 flex flex-col gap-1 text-sm">
        <span>{t.typeLabel}</span>
        <input
          type="text"
          value={s.typed}
          maxLength={MAX_CHARS + 40}
          onChange={(e) => s.type(e.target.value)}
          aria-invalid={s.typedError}
          aria-describedby={s.typedError ? `${id}-err` : undefined}
          className={field}
          data-testid="sentence-input"
        />
      </label>
      {s.typedError ? (
        <p id={`${id}-err`} role="alert" className="mt-1 text-sm font-medium" style={{ color: 'var(--accent)' }} data-testid="sentence-error">
          {t.sentenceError(MAX_TOKENS)}
        </p>
      ) : null}

      <div className="mt-3 flex flex-wrap items-center gap-3">
        <button type="button" className={button} onClick={s.resample} data-testid="resample">{t.resample}</button>
        <span className="text-sm" data-testid="mask-seed">{t.seed(s.seed)}</span>
      </div>
      <p className="mt-3 text-sm font-medium">{t.inputHeading}</p>
      <ul className="my-1 flex list-none flex-wrap gap-2 p-0 text-xs" style={{ paddingInlineStart: 0 }}>
        {kinds.map((k) => (
          <li key={k} className="rounded-md px-1.5 py-0.5" style={kindStyle[k]}>
            {t.kinds[k]}{lang === 'zh' ? '：' : ': '}{t.kindHelp[k]}
          </li>
        ))}
      </ul>
      <MaskedSentence tokens={s.tokens} masking={s.masking} noneChosen={s.noneChosen} lang={lang} />
      <MaskingCounter counter={s.counter} lang={lang} />
      <NspPairView pair={s.pair} tally={s.nspTally} onNewPair={s.newPair} lang={lang} />
    </WidgetShell>
  );
}
