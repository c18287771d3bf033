'use client';
// Live reward-model training: the reader ranks K answers, the C(K,2) pairs follow, and a linear reward
// model over the answers' visible features trains on the pairwise loss (lib/rlhf) from zero weights.
import { useId } from 'react';
import { rewardFeatureIds, rewardPrompt } from '@/content/data/chatgpt/reward-answers';
import type { Locale } from '@/lib/i18n/locales';
import { answerLetter, identityRanking } from '@/lib/rlhf/ranking';
import { comparisonCount } from '@/lib/rlhf/reward';
import { WidgetShell } from '../widget-shell';
import { formatFixed, formatShort } from '../chatgpt-shared/format';
import { button, errorStyle, field, mutedStyle } from '../chatgpt-shared/ui';
import { LossChart } from './loss-chart';
import { RankingList } from './ranking-list';
import { MAX_K, MIN_K, parseOrder, presetOrders, rewardModelSchema, STEP_SLIDER, type PresetOrder } from './schema';
import { rewardModelText } from './strings';
import { useRewardModelTrainer } from './use-reward-model-trainer';

const LENGTH = rewardFeatureIds.indexOf('length');

export default function RewardModelTrainer({ lang }: { lang: Locale }) {
  const t = rewardModelText[lang];
  const s = useRewardModelTrainer();
  const id = useId();
  const { steps: stepsSpec, lr: lrSpec } = rewardModelSchema;
  const weights = s.training.state.weights;
  const loss = s.training.lossHistory.at(-1) ?? Math.LN2;
  const maxAbs = Math.max(1e-9, ...s.training.scores.map(Math.abs));
  const total = comparisonCount(s.k);
  const lengthWeight = weights[LENGTH] ?? 0;

  return (
    <WidgetShell
      title={t.title}
      problems={s.problems}
      labels={{ copySettingLink: t.copySettingLink, settingLinkCopied: t.settingLinkCopied, ignoredParam: t.ignoredParam }}
      link={() => s.linkToSetting('reward-model')}
      testId="reward-model-trainer"
    >
      <p className="mb-2 text-sm" style={mutedStyle}>{t.intro}</p>
      <p className="mb-3 rounded-md bg-[var(--surface)] p-2 text-sm">
        <span className="font-medium">{t.prompt}:</span> {rewardPrompt[lang]}
      </p>
      <label className="mb-3 flex flex-wrap items-center gap-2 text-sm">
        <span>{t.kLabel}</span>
        <select value={String(s.k)} onChange={(e) => s.setK(Number(e.target.value))} className={field} data-testid="k-select">
          {Array.from({ length: MAX_K - MIN_K + 1 }, (_, i) => MIN_K + i).map((k) => (
            <option key={k} value={String(k)}>{`${k} → ${comparisonCount(k)}`}</option>
          ))}
        </select>
      </label>

      <div className="mb-3 flex flex-wrap items-center gap-2 text-sm">
        <span>{t.presetsLabel}</span>
        {(Object.keys(presetOrders) as PresetOrder[]).map((name) => (
          <button
            key={name}
            type="button"
            className={button}
            onClick={() => s.loadRanking(parseOrder(presetOrders[name]) ?? identityRanking(s.k))}
            data-testid={`preset-${name}`}
          >
            {t.presets[name]}
          </button>
        ))}
        <button type="button" className={button} onClick={() => s.loadRanking(identityRanking(s.k))} data-testid="preset-listed">
          {t.listed}
        </button>
      </div>

      <p className="mb-1 text-sm font-medium" id={`${id}-rank`}>{t.rankingHeading}</p>
      <RankingList ranking={s.ranking} lang={lang} onMove={(from, to) => s.move(from, to, (i, place) => t.moved(answerLetter(i), place))} />
      <p className="sr-only" aria-live="polite" data-testid="move-status">{s.announcement}</p>

      <p className="mt-4 mb-1 text-sm font-medium">{t.pairsHeading(total, s.k)}</p>
      <p className="mb-2 text-xs" style={mutedStyle}>{t.pairsHelp}</p>
      <ul className="m-0 flex list-none flex-wrap gap-1.5 p-0 text-xs" style={{ paddingInlineStart: 0 }} data-testid="pairs">
        {s.check.pairs.map((p) => {
          const w = answerLetter(p.winner);
          const l = answerLetter(p.loser);
          const prob = formatFixed(p.probability, lang, 2);
          return (
            <li
              key={`${w}${l}`}
              className="rounded border px-1.5 py-0.5 font-mono tabular-nums"
              style={{ borderColor: p.agrees ? 'var(--border)' : 'var(--accent)' }}
              aria-label={t.pairLabel(w, l, prob, p.agrees)}
              data-agrees={p.agrees ? 'yes' : 'no'}
            >
              {w} ≻ {l} {prob} {p.agrees ? '✓' : '✗'}
            </li>
          );
        })}
      </ul>

      <div className="mt-4 border-t border-[var(--border)] pt-3">
        <p className="mb-2 text-sm font-medium">{t.trainHeading}</p>
        <div className="flex flex-wrap items-end gap-4 text-sm">
          <label className="flex min-w-40 grow flex-col gap-1">
            <span>{t.steps(String(s.steps))}</span>
            <input
              type="range"
              min={stepsSpec.min}
              max={stepsSpec.max}
              step={STEP_SLIDER}
              value={s.steps}
              onChange={(e) => s.setSteps(Number(e.target.value))}
              data-testid="steps-slider"
            />
          </label>
          <label className="flex items-center gap-2">
            <span>{t.lr}</span>
            <input
              type="text"
              inputMode="decimal"
              value={s.lrText}
              onChange={(e) => s.typeLr(e.target.value)}
              aria-invalid={s.lrError}
              aria-describedby={s.lrError ? `${id}-lrerr` : undefined}
              className={`${field} w-20`}
              data-testid="lr-input"
            />
          </label>
          {s.reducedMotion ? null : (
            <button type="button" className={button} onClick={s.replay} disabled={s.replaying || s.steps === 0} data-testid="replay">
              {t.replay}
            </button>
          )}
        </div>
        {s.lrError ? (
          <p id={`${id}-lrerr`} role="alert" className="mt-1 text-sm font-medium" style={errorStyle} data-testid="lr-error">
            {t.lrError(formatShort(lrSpec.min, lang), formatShort(lrSpec.max, lang))}
          </p>
        ) : null}
        <p className="mt-3 text-sm" aria-live="polite" data-testid="rm-summary">
          {s.replaying ? <span aria-hidden="true">{t.steps(String(s.shownSteps))}</span> : t.summary(formatFixed(loss, lang, 3), String(s.shownSteps), s.check.agree, total)}
        </p>
        <p className="mt-2 text-xs font-medium">{t.lossHeading}</p>
        <LossChart history={s.training.lossHistory} totalSteps={s.steps} lang={lang} />
      </div>

      <div className="mt-3 grid grid-cols-1 gap-4 sm:grid-cols-2">
        <div className="min-w-0">
          <p className="mb-1 text-sm font-medium">{t.weightsHeading}</p>
          <table className="w-full text-sm" data-testid="weights">
            <thead>
              <tr>
                <th scope="col" className="text-start">{t.feature}</th>
                <th scope="col" className="text-end">{t.weight}</th>
              </tr>
            </thead>
            <tbody>
              {rewardFeatureIds.map((f, j) => (
                <tr key={f} data-feature={f}>
                  <td>{t.features[f]}</td>
                  <td className="text-end font-mono tabular-nums">{formatFixed(weights[j] ?? 0, lang, 2)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {lengthWeight > 0.05 ? (
            <p className="mt-2 text-sm font-medium" style={errorStyle} data-testid="length-warning">{t.lengthWarning}</p>
          ) : null}
        </div>
        <div className="min-w-0 overflow-x-auto">
          <p className="mb-1 text-sm font-medium">{t.scoresHeading}</p>
          <table className="w-full text-sm" data-testid="scores">
            <thead>
              <tr>
                <th scope="col" className="text-start">{t.answer}</th>
                <th scope="col" className="text-end">{t.yourPlace}</th>
                <th scope="col" className="text-end">{t.score}</th>
                <th scope="col" className="text-end">{t.modelPlace}</th>
              </tr>
            </thead>
            <tbody>
              {s.ranking.map((answer, place) => {
                const score = s.training.scores[answer] ?? 0;
                const modelPlace = s.modelPlaces[answer] ?? 0;
                return (
                  <tr key={answer} data-answer={answerLetter(answer)}>
                    <th scope="row" className="text-start font-mono">{answerLetter(answer)}</th>
                    <td className="text-end tabular-nums">{place + 1}</td>
                    <td className="text-end">
                      <span className="inline-flex items-center justify-end gap-1">
                        <span
                          aria-hidden="true"
                          className="inline-block h-2 rounded-sm"
                          style={{ width: `${Math.round((Math.abs(score) / maxAbs) * 32)}px`, background: score >= 0 ? '#2563eb' : '#94a3b8' }}
                        />
                        <span className="font-mono tabular-nums" data-testid={`score-${answerLetter(answer)}`}>{formatFixed(score, lang, 2)}</span>
                      </span>
                    </td>
                    <td className="text-end tabular-nums" style={modelPlace !== place + 1 ? errorStyle : undefined}>{modelPlace}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </div>
    </WidgetShell>
  );
}

