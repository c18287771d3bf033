'use client';
// Live reward–KL trade-off: the KL-regularised optimum π ∝ π_SFT·exp(r/β) over six answers, β on a log
// slider, and the expected reward, true quality and KL against β (lib/rlhf/kl, lib/rlhf/kl-view).
import { useId } from 'react';
import { klAnswers } from '@/content/data/chatgpt/reward-answers';
import type { Locale } from '@/lib/i18n/locales';
import { isRewardHacking, mostLikely } from '@/lib/rlhf/kl-view';
import { WidgetShell } from '../widget-shell';
import { formatPercent } from '../pretraining-shared/format';
import { formatFixed, formatShort } from '../chatgpt-shared/format';
import { errorStyle, field, mutedStyle } from '../chatgpt-shared/ui';
import { klTradeoffSchema, LOG_STEP, rewardModels } from './schema';
import { klTradeoffText } from './strings';
import { TradeoffChart } from './tradeoff-chart';
import { useKlTradeoff } from './use-kl-tradeoff';

export default function KlTradeoff({ lang }: { lang: Locale }) {
  const t = klTradeoffText[lang];
  const s = useKlTradeoff();
  const id = useId();
  const { min, max } = klTradeoffSchema.beta;
  const f2 = (x: number) => formatFixed(x, lang, 2);
  const pct = (x: number) => formatPercent(x, lang, 1);
  const topIndex = mostLikely(s.now.policy);
  const hacking = isRewardHacking(s.now, s.sftQuality);

  return (
    <WidgetShell
      title={t.title}
      problems={s.problems}
      labels={{ copySettingLink: t.copySettingLink, settingLinkCopied: t.settingLinkCopied, ignoredParam: t.ignoredParam }}
      link={() => s.linkToSetting('ppo')}
      testId="kl-tradeoff"
    >
      <p className="mb-3 text-sm" style={mutedStyle}>{t.intro}</p>
      <div className="flex flex-wrap items-end gap-4 text-sm">
        <label className="flex min-w-48 grow flex-col gap-1">
          <span>
            {t.betaSlider}: <strong>{formatShort(s.beta, lang, 3)}</strong>
          </span>
          <input
            type="range"
            min={Math.log10(min)}
            max={Math.log10(max)}
            step={LOG_STEP}
            value={Math.log10(s.beta)}
            onChange={(e) => s.setLogBeta(Number(e.target.value))}
            aria-valuetext={t.beta(formatShort(s.beta, lang, 3))}
            data-testid="beta-slider"
          />
        </label>
        <label className="flex items-center gap-2">
          <span>{t.betaTyped}</span>
          <input
            type="text"
            inputMode="decimal"
            value={s.typed.text}
            onChange={(e) => s.typed.type(e.target.value)}
            aria-invalid={s.typed.error}
            aria-describedby={s.typed.error ? `${id}-berr` : undefined}
            className={`${field} w-20`}
            data-testid="beta-input"
          />
        </label>
      </div>
      {s.typed.error ? (
        <p id={`${id}-berr`} role="alert" className="mt-1 text-sm font-medium" style={errorStyle} data-testid="beta-error">
          {t.betaError(formatShort(min, lang), formatShort(max, lang))}
        </p>
      ) : null}
      <fieldset className="mt-3 text-sm">
        <legend className="font-medium">{t.rmLegend}</legend>
        <div className="flex flex-col gap-1">
          {rewardModels.map((kind) => (
            <label key={kind} className="flex items-start gap-2">
              <input type="radio" name={`${id}-rm`} value={kind} checked={s.kind === kind} onChange={() => s.setKind(kind)} className="mt-1" data-testid={`rm-${kind}`} />
              <span>{t.rm[kind]}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <div className="mt-3 rounded-md bg-[var(--surface)] p-2 text-sm" aria-live="polite" data-testid="kl-readout">
        <p className="m-0">{t.readout(formatShort(s.beta, lang, 3), f2(s.now.reward), f2(s.now.quality), f2(s.now.kl))}</p>
        <p className="m-0 mt-1">{t.top(klAnswers[topIndex]?.letter ?? '', pct(s.now.policy[topIndex] ?? 0))}</p>
        {hacking ? (
          <p className="m-0 mt-1 font-medium" style={errorStyle} data-testid="hacking">{t.hacking}</p>
        ) : null}
      </div>

      <p className="mt-3 mb-1 text-sm font-medium">{t.answersHeading}</p>
      <div className="overflow-x-auto">
        <table className="w-full text-sm" data-testid="kl-answers">
          <thead>
            <tr>
              <th scope="col" className="text-start">{t.answer}</th>
              <th scope="col" className="text-end">{t.reward}</th>
              <th scope="col" className="text-end">{t.quality}</th>
              <th scope="col" className="text-start">{t.sft} → {t.policy}</th>
            </tr>
          </thead>
          <tbody>
            {klAnswers.map((a, i) => {
              const p = s.now.policy[i] ?? 0;
              return (
                <tr key={a.letter} data-answer={a.letter}>
                  <th scope="row" className="text-start align-top font-normal">
                    <span className="font-mono font-semibold">{a.letter}</span> <span className="text-xs">{a.label[lang]}</span>
                  </th>
                  <td className="text-end align-top font-mono">{f2(s.rewards[i] ?? 0)}</td>
                  <td className="text-end align-top font-mono">{f2(a.quality)}</td>
                  <td className="align-top">
                    <div className="flex items-center gap-1 text-xs">
                      <span aria-hidden="true" className="inline-block h-2 rounded-sm bg-[var(--muted)]" style={{ width: `${Math.round(a.reference * 40)}px` }} />
                      <span>{pct(a.reference)}</span>
                    </div>
                    <div className="flex items-center gap-1 text-xs font-semibold">
                      <span aria-hidden="true" className="inline-block h-2 rounded-sm" style={{ width: `${Math.round(p * 40)}px`, background: '#2563eb' }} />
                      <span data-testid={`policy-${a.letter}`}>{pct(p)}</span>
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      <p className="mt-4 mb-1 text-sm font-medium">{t.curveHeading}</p>
      <TradeoffChart curve={s.curve} beta={s.beta} lang={lang} />
      <p className="mt-1 text-xs" style={mutedStyle}>{t.betaAxis}</p>
    </WidgetShell>
  );
}
