'use client';
// Live zero-, one- and few-shot prompt builder: the prompt line by line with GPT-3 token counts from the
// real BPE tokenizer, the share of the 2,048-token window, and how many demonstrations would fit.
import { useId } from 'react';
import { fewShotTaskIds } from '@/content/data/pretraining/few-shot-tasks';
import type { Locale } from '@/lib/i18n/locales';
import { WidgetShell } from '../widget-shell';
import { formatCount, formatPercent } from '../pretraining-shared/format';
import { fewShotSchema, shotModes } from './schema';
import { fewShotText } from './strings';
import { TokenPieces } from './token-pieces';
import { useFewShot } from './use-few-shot';

const choice = 'flex min-h-10 cursor-pointer items-center gap-2 rounded-md border border-[var(--border)] px-3 has-[:checked]:bg-[var(--surface)] has-[:checked]:font-semibold';

export default function FewShot({ lang }: { lang: Locale }) {
  const t = fewShotText[lang];
  const s = useFewShot(lang);
  const id = useId();
  const { min, max } = fewShotSchema.k;
  const st = s.stats;

  return (
    <WidgetShell
      title={t.title}
      problems={s.problems}
      labels={{ copySettingLink: t.copySettingLink, settingLinkCopied: t.settingLinkCopied, ignoredParam: t.ignoredParam }}
      link={() => s.linkToSetting('in-context-learning')}
      testId="few-shot"
    >
      <fieldset>
        <legend className="mb-1 text-sm font-medium">{t.taskLegend}</legend>
        <div className="flex flex-wrap gap-2 text-sm">
          {fewShotTaskIds.map((task) => (
            <label key={task} className={choice}>
              <input type="radio" name={`${id}-task`} checked={s.task === task} onChange={() => s.setTask(task)} />
              {t.tasks[task]}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="mt-3">
        <legend className="mb-1 text-sm font-medium">{t.shotsLegend}</legend>
        <div className="flex flex-wrap gap-2 text-sm">
          {shotModes.map((mode) => (
            <label key={mode} className={choice}>
              <input type="radio" name={`${id}-shots`} checked={s.shots === mode} onChange={() => s.setShots(mode)} />
              {t.shots[mode]}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="mt-3 flex flex-wrap items-center gap-3 text-sm">
        <label className="flex min-w-0 grow flex-wrap items-center gap-2">
          <span className="shrink-0">{t.kSlider}: {s.k}</span>
          <input type="range" min={min} max={max} step={1} value={s.k} onChange={(e) => s.setK(Number(e.target.value))} className="min-w-0 grow basis-40" data-testid="k-slider" />
        </label>
        <label className="flex items-center gap-2">
          <span>{t.kTyped}</span>
          <input
            type="text"
            inputMode="numeric"
            value={s.typedK}
            onChange={(e) => s.typeK(e.target.value)}
            aria-invalid={s.kError}
            aria-describedby={s.kError ? `${id}-kerr` : `${id}-khelp`}
            className="w-16 rounded-md border border-[var(--border)] bg-[var(--bg)] px-2 py-1"
            data-testid="k-input"
          />
        </label>
      </div>
      <p id={`${id}-khelp`} className="mt-1 text-xs" style={{ color: 'var(--muted)' }}>{t.kOnlyFew}</p>
      {s.kError ? (
        <p id={`${id}-kerr`} role="alert" className="mt-1 text-sm font-medium" style={{ color: 'var(--accent)' }} data-testid="k-error">
          {t.kError(min, max)}
        </p>
      ) : null}
      <label className="mt-3 flex items-center gap-2 text-sm">
        <input type="checkbox" checked={s.desc} onChange={(e) => s.setDesc(e.target.checked)} data-testid="desc-toggle" />
        {t.desc}
      </label>

      <p className="mt-4 text-sm font-medium">{t.prompt}</p>
      <ol className="mt-1 list-none rounded-md bg-[var(--surface)] p-2 font-mono text-sm" style={{ paddingInlineStart: '0.5rem' }} data-testid="prompt-lines">
        {st.lines.map((line, i) => (
          <li key={i} className="flex justify-between gap-3">
            <span className="break-all whitespace-pre-wrap">{line.replace(/\n$/u, '')}</span>
            <span className="shrink-0 tabular-nums" style={{ color: 'var(--muted)' }}>
              {st.perLine[i]} <span className="sr-only">{t.tokensCol}</span>
            </span>
          </li>
        ))}
      </ol>
      <p className="mt-1 text-sm">{t.answer(st.answer)}</p>

      <p className="mt-3 text-sm font-medium" aria-live="polite" data-testid="token-count">
        {t.count(formatCount(st.total, lang), formatPercent(st.share, lang), formatCount(st.context, lang))}
      </p>
      <div className="mt-1 h-3 w-full overflow-hidden rounded-full border border-[var(--border)]" aria-hidden="true">
        <div className="h-full" style={{ width: `${Math.min(100, st.share * 100)}%`, background: 'var(--link)' }} />
      </div>
      <p className="mt-2 text-sm" data-testid="window-fit">
        {t.fit(formatCount(st.fit.meanDemonstrationTokens, lang), formatCount(st.fit.fit, lang))}
      </p>
      <TokenPieces pieces={st.queryPieces} answerPieces={st.answerPieces} lang={lang} />

      <p className="mt-4 rounded-md border-s-4 p-2 text-sm" style={{ borderColor: 'var(--accent)', background: 'var(--surface)' }} data-testid="no-weights">
        {t.noWeights}
      </p>
    </WidgetShell>
  );
}
