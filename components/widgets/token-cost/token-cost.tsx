'use client';
// The live cost calculator: paste text, count its tokens with the GPT-2/GPT-3 tokenizer in a worker, and
// see what one request and 1,000 requests would have cost at early-2023 (or mid-2022) prices.
import { useId } from 'react';
import { priceLists } from '@/lib/pricing/prices';
import type { Locale } from '@/lib/i18n/locales';
import { WidgetShell } from '../widget-shell';
import { CostTable } from './cost-table';
import { MAX_CHARS, REPLY_MAX, samples, type SampleId } from './schema';
import { costText } from './strings';
import { useTokenCost } from './use-token-cost';

export default function TokenCost({ lang }: { lang: Locale }) {
  const t = costText[lang];
  const id = useId();
  const s = useTokenCost();
  const nf = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US', { maximumFractionDigits: 1 });
  const counting = s.progress !== null;

  return (
    <WidgetShell
      title={t.title}
      badge={t.badge}
      problems={s.problems}
      labels={{ copySettingLink: t.copySettingLink, settingLinkCopied: t.settingLinkCopied, ignoredParam: t.ignoredParam }}
      link={() => s.linkToSetting('cost')}
      testId="token-cost"
    >
      <div className="flex flex-wrap items-end gap-x-4 gap-y-2 text-sm">
        <label className="flex flex-col gap-1">
          <span className="font-medium">{t.sampleLabel}</span>
          <select
            value={s.sample}
            onChange={(e) => s.chooseSample(e.target.value as SampleId)}
            className="min-h-10 rounded-md border border-[var(--border)] bg-[var(--bg)] px-2"
            data-testid="cost-sample"
          >
            {samples.map((sample) => (
              <option key={sample} value={sample}>
                {t.samples[sample]}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          <span className="font-medium">{t.replyLabel}</span>
          <input
            type="text"
            inputMode="numeric"
            value={s.typedReply}
            onChange={(e) => s.typeReply(e.target.value)}
            aria-invalid={s.replyError}
            aria-describedby={s.replyError ? `${id}-reply-error` : undefined}
            className="min-h-10 w-28 rounded-md border border-[var(--border)] bg-[var(--bg)] px-2"
            data-testid="cost-reply"
          />
        </label>
        <fieldset className="flex flex-col gap-1">
          <legend className="mb-1 font-medium">{t.pricesLegend}</legend>
          <div className="flex flex-wrap gap-3">
            {priceLists.map((list) => (
              <label key={list} className="flex min-h-10 items-center gap-2">
                <input type="radio" name={`${id}-prices`} value={list} checked={s.priceList === list} onChange={() => s.setPriceList(list)} />
                {t.priceLists[list]}
              </label>
            ))}
          </div>
        </fieldset>
      </div>
      {s.replyError ? (
        <p id={`${id}-reply-error`} role="alert" className="mt-2 text-sm font-medium" style={{ color: 'var(--accent)' }} data-testid="cost-reply-error">
          {t.replyError(REPLY_MAX)}
        </p>
      ) : null}

      <label className="mt-3 block text-sm font-medium" htmlFor={`${id}-text`}>
        {t.textLabel}
      </label>
      <textarea
        id={`${id}-text`}
        value={s.text}
        onChange={(e) => s.typeText(e.target.value)}
        rows={6}
        spellCheck={false}
        className="mt-1 block w-full rounded-md border border-[var(--border)] bg-[var(--bg)] p-2 font-mono text-sm"
        data-testid="cost-text"
      />

      <div className="mt-2 min-h-6 text-sm" role="status" data-testid="cost-progress">
        {counting ? (s.result ? t.counting(Math.floor((s.progress ?? 0) * 100)) : t.countingFirst) : ''}
      </div>
      {s.tooLong ? (
        <p role="alert" className="text-sm font-medium" style={{ color: 'var(--accent)' }} data-testid="cost-too-long">
          {t.tooLong(nf.format(s.text.length), nf.format(MAX_CHARS))}
        </p>
      ) : null}
      {s.failed ? (
        <p role="alert" className="text-sm font-medium" style={{ color: 'var(--accent)' }} data-testid="cost-failed">
          {t.failed}
        </p>
      ) : null}

      {s.result ? (
        <div aria-busy={counting} className={counting ? 'opacity-80' : undefined}>
          <p className="mt-1 font-medium" aria-live="polite" data-testid="cost-summary" data-tokens={s.result.tokens}>
            {s.result.characters === 0
              ? t.empty
              : t.summary(nf.format(s.result.characters), nf.format(s.result.tokens), s.per100 === null ? null : nf.format(s.per100))}
          </p>
          {s.result.exact ? null : (
            <p className="text-sm" data-testid="cost-approx">
              {t.approximate(nf.format(s.result.longestCut))}
            </p>
          )}
          {s.rows ? <CostTable rows={s.rows} caption={t.tableCaption(nf.format(s.result.tokens), nf.format(s.reply))} lang={lang} t={t} /> : null}
        </div>
      ) : null}
    </WidgetShell>
  );
}
