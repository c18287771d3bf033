'use client';
// Live next-token sampling on a trigram model of the page language's corpus: the distribution after
// temperature, what top-k and top-p cut, and a seeded continuation generated one token at a time.
import { use, useId, useMemo } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { joinTokens } from '@/lib/text/tokenize';
import { WidgetShell } from '../widget-shell';
import { formatCount, formatPercent } from '../pretraining-shared/format';
import { loadCorpus } from '../pretraining-shared/load-corpus';
import { corpusModel } from './model';
import { NextTokenChart, showToken } from './next-token-chart';
import { MAX_GENERATED, MAX_PROMPT_CHARS, nextTokenSchema } from './schema';
import { nextTokenText } from './strings';
import { useNextToken } from './use-next-token';

const field = 'rounded-md border border-[var(--border)] bg-[var(--bg)] px-2 py-1';
const button = 'min-h-10 rounded-md border border-[var(--border)] px-3 py-1.5 hover:bg-[var(--surface)] disabled:opacity-60';

export default function NextToken({ lang }: { lang: Locale }) {
  const corpus = use(loadCorpus(lang));
  const model = useMemo(() => corpusModel(corpus, lang), [corpus, lang]);
  const t = nextTokenText[lang];
  const s = useNextToken(model, lang);
  const id = useId();
  const { t: tSpec, k: kSpec, p: pSpec } = nextTokenSchema;
  const generatedText = joinTokens([...s.promptTokens, ...s.generated], lang).slice(joinTokens(s.promptTokens, lang).length);

  return (
    <WidgetShell
      title={t.title}
      badge={t.badge}
      problems={s.problems}
      labels={{ copySettingLink: t.copySettingLink, settingLinkCopied: t.settingLinkCopied, ignoredParam: t.ignoredParam }}
      link={() => s.linkToSetting('gpt')}
      testId="next-token"
    >
      <p className="mb-3 text-sm" style={{ color: 'var(--muted)' }}>{t.intro}</p>
      <label className="flex flex-wrap items-center gap-2 text-sm">
        <span className="font-medium">{t.promptLabel}</span>
        <input
          type="text"
          value={s.typedPrompt}
          maxLength={MAX_PROMPT_CHARS + 20}
          onChange={(e) => s.typePrompt(e.target.value)}
          aria-invalid={s.promptError}
          aria-describedby={s.promptError ? `${id}-perr` : undefined}
          className={`${field} min-w-0 grow`}
          data-testid="prompt-input"
        />
      </label>
      {s.promptError ? (
        <p id={`${id}-perr`} role="alert" className="mt-1 text-sm font-medium" style={{ color: 'var(--accent)' }} data-testid="prompt-error">
          {t.promptError(MAX_PROMPT_CHARS)}
        </p>
      ) : null}

      <div className="mt-3 grid gap-3 sm:grid-cols-3">
        <div className="text-sm">
          <label className="flex flex-col gap-1">
            <span>{t.temperature}: {formatCount(s.temperature, lang)}</span>
            <input type="range" min={tSpec.min} max={tSpec.max} step={0.05} value={s.temperature} onChange={(e) => s.setTemperature(Number(e.target.value))} data-testid="temperature-slider" />
          </label>
          <label className="mt-1 flex items-center gap-2">
            <span>{t.temperatureTyped}</span>
            <input
              type="text"
              inputMode="decimal"
              value={s.typedTemperature}
              onChange={(e) => s.typeTemperature(e.target.value)}
              aria-invalid={s.temperatureError}
              aria-describedby={s.temperatureError ? `${id}-terr` : undefined}
              className={`${field} w-20`}
              data-testid="temperature-input"
            />
          </label>
        </div>
        <label className="flex flex-col gap-1 text-sm">
          <span>{t.topK(s.k)}</span>
          <input type="range" min={kSpec.min} max={kSpec.max} step={1} value={s.k} onChange={(e) => s.setK(Number(e.target.value))} data-testid="top-k-slider" />
        </label>
        <label className="flex flex-col gap-1 text-sm">
          <span>{t.topP(formatPercent(s.p, lang, 0), s.p >= 1)}</span>
          <input type="range" min={pSpec.min} max={pSpec.max} step={0.05} value={s.p} onChange={(e) => s.setP(Number(e.target.value))} data-testid="top-p-slider" />
        </label>
      </div>
      {s.temperatureError ? (
        <p id={`${id}-terr`} role="alert" className="mt-1 text-sm font-medium" style={{ color: 'var(--accent)' }} data-testid="temperature-error">
          {t.temperatureError(tSpec.min, tSpec.max)}
        </p>
      ) : null}

      <p className="mt-4 text-sm" data-testid="used-context">
        {t.looksAt}:{' '}
        {s.view.usedContext.length > 0 ? <strong>“{s.view.usedContext.map(showToken).join(lang === 'zh' ? '' : ' ')}”</strong> : t.nothing}
      </p>
      <p className="mt-2 text-sm font-medium">{t.chartTitle}</p>
      <NextTokenChart bars={s.view.bars} lang={lang} />
      <p className="mt-1 flex flex-wrap gap-x-4 text-xs" style={{ color: 'var(--muted)' }}>
        <span>■ {t.legendKept}</span>
        <span>✕ {t.legendCut}</span>
      </p>
      <p className="mt-2 text-sm" aria-live="polite" data-testid="survivors">
        {t.survivors(formatCount(s.view.keptCount, lang), formatCount(s.view.vocabularySize, lang), formatPercent(s.view.keptMass, lang))}
      </p>

      <div className="mt-4 border-t border-[var(--border)] pt-3">
        <div className="flex flex-wrap items-center gap-2">
          <button type="button" className={button} onClick={() => s.step(1)} disabled={!s.canStep} data-testid="step">{t.step}</button>
          <button type="button" className={button} onClick={() => s.step(10)} disabled={!s.canStep} data-testid="step-ten">{t.stepTen}</button>
          <button type="button" className={button} onClick={s.restart} data-testid="restart">{t.restart}</button>
          <button type="button" className={button} onClick={s.newSeed} data-testid="new-seed">{t.newSeed}</button>
          <span className="text-sm" data-testid="seed">{t.seed(s.seed)}</span>
        </div>
        <p className="mt-3 text-sm font-medium">{t.text}</p>
        <p className="mt-1 rounded-md bg-[var(--surface)] p-2 font-mono text-sm break-words" data-testid="generated-text" aria-live="polite">
          {joinTokens(s.promptTokens, lang)}
          {s.generated.length > 0 ? (
            <>
              <span className="sr-only"> ({t.generatedLabel}:) </span>
              <span className="underline decoration-2 underline-offset-4" data-testid="generated-part">{generatedText}</span>
            </>
          ) : null}
        </p>
        <p className="mt-1 text-xs" style={{ color: 'var(--muted)' }}>{t.generatedCount(s.generated.length, MAX_GENERATED)}</p>
      </div>
    </WidgetShell>
  );
}
