'use client';
// Live diffusion on toy 2-D data: the forward closed form at any step t, and DDPM sampling from pure noise
// steered toward a caption by classifier-free guidance, animated step by step.
import { useId } from 'react';
import { CAPTION_LABELS } from '@/lib/diffusion/caption-world';
import type { Locale } from '@/lib/i18n/locales';
import { WidgetShell } from '../widget-shell';
import { formatNumber, formatPercent } from '../text-to-image-shared/format';
import { TypedNumber } from '../text-to-image-shared/typed-number';
import { mixture } from './model';
import { COMPONENT_COLOURS, PointPlot } from './point-plot';
import { diffusionSchema } from './schema';
import { diffusionText } from './strings';
import { useDiffusionPlayground } from './use-diffusion-playground';

const button = 'min-h-10 rounded-md border border-[var(--border)] px-3 py-1.5 hover:bg-[var(--surface)]';
const choice =
  'flex min-h-10 cursor-pointer items-center gap-2 rounded-md border border-[var(--border)] px-3 has-[:checked]:bg-[var(--surface)] has-[:checked]:font-semibold';
const slider = 'flex flex-col gap-1 text-sm';

export default function DiffusionPlayground({ lang }: { lang: Locale }) {
  const t = diffusionText[lang];
  const d = useDiffusionPlayground();
  const id = useId();
  const v = d.values;
  const names = CAPTION_LABELS.map((l) => t.labels[l]);
  const chosen = CAPTION_LABELS.indexOf(v.label as (typeof CAPTION_LABELS)[number]);
  const f = d.forward;
  const alphaBar = formatNumber(f.alphaBar, lang);

  return (
    <WidgetShell
      title={t.title}
      badge={t.badge}
      problems={d.problems}
      labels={{ copySettingLink: t.copySettingLink, settingLinkCopied: t.settingLinkCopied, ignoredParam: t.ignoredParam }}
      link={() => d.linkToSetting('diffusion')}
      testId="diffusion-playground"
    >
      <p className="mb-3 text-sm" style={{ color: 'var(--muted)' }}>{t.intro}</p>
      <div className="grid gap-6 md:grid-cols-2">
        <section aria-labelledby={`${id}-fwd`} className="min-w-0">
          <h3 id={`${id}-fwd`} className="mt-0 mb-2 text-base font-semibold">{t.forwardTitle}</h3>
          <label className={slider}>
            <span>{t.tSlider(v.t)}</span>
            <input
              type="range"
              min={diffusionSchema.t.min}
              max={diffusionSchema.t.max}
              step={1}
              value={v.t}
              onChange={(e) => d.update({ t: Number(e.target.value) })}
              data-testid="t-slider"
            />
          </label>
          <p className="mt-1 text-sm tabular-nums" aria-live="polite" data-testid="forward-stats">
            {t.forwardStats(alphaBar, formatNumber(f.signal, lang), formatNumber(f.noise, lang))}
          </p>
          <div className="mt-2">
            <PointPlot points={f.points} colours={f.sources} labels={names} ariaLabel={t.forwardPlot(f.points.length, v.t, alphaBar)} testId="forward-plot" />
          </div>
          <fieldset className="mt-3">
            <legend className="mb-1 text-sm font-medium">{t.schedule}</legend>
            <div className="flex flex-wrap gap-3">
              <TypedNumber label={t.bstart} value={v.bstart} min={diffusionSchema.bstart.min} max={diffusionSchema.bstart.max} onValid={(x) => d.update({ bstart: x })} error={t.bstartError} testId="bstart-input" />
              <TypedNumber label={t.bend} value={v.bend} min={diffusionSchema.bend.min} max={diffusionSchema.bend.max} onValid={(x) => d.update({ bend: x })} error={t.bendError} testId="bend-input" />
            </div>
          </fieldset>
          <p className="mt-2 text-sm" data-testid="end-note">
            {t.endNote(formatNumber(f.alphaBarEnd, lang, 4))} {f.alphaBarEnd > 0.01 ? <strong>{t.endWarning}</strong> : null}
          </p>
        </section>

        <section aria-labelledby={`${id}-rev`} className="min-w-0">
          <h3 id={`${id}-rev`} className="mt-0 mb-2 text-base font-semibold">{t.reverseTitle}</h3>
          <fieldset>
            <legend className="mb-1 text-sm font-medium">{t.caption}</legend>
            <div className="flex flex-wrap gap-2 text-sm">
              {CAPTION_LABELS.map((l, k) => (
                <label key={l} className={choice}>
                  <input type="radio" name={`${id}-label`} checked={v.label === l} onChange={() => d.update({ label: l })} />
                  <span aria-hidden="true" className="inline-block size-3 rounded-full" style={{ background: COMPONENT_COLOURS[k] }} />
                  {names[k]}
                </label>
              ))}
            </div>
          </fieldset>
          <div className="mt-3 grid gap-3 sm:grid-cols-2">
            <div>
              <label className={slider}>
                <span>{t.scale(formatNumber(v.s, lang, 1))}</span>
                <input type="range" min={0} max={10} step={0.5} value={v.s} onChange={(e) => d.update({ s: Number(e.target.value) })} data-testid="scale-slider" />
              </label>
              <TypedNumber label={t.scaleTyped} value={v.s} min={0} max={10} onValid={(x) => d.update({ s: x })} error={t.scaleError} testId="scale-input" />
            </div>
            <p className="text-sm" data-testid="scale-meaning">{t.scaleMeaning(v.s, formatNumber(v.s - 1, lang, 1))}</p>
            <label className={slider}>
              <span>{t.steps(v.steps)}</span>
              <input type="range" min={1} max={1000} step={1} value={v.steps} onChange={(e) => d.update({ steps: Number(e.target.value) })} data-testid="steps-slider" />
            </label>
            <label className={slider}>
              <span>{t.count(v.n)}</span>
              <input type="range" min={100} max={2000} step={100} value={v.n} onChange={(e) => d.update({ n: Number(e.target.value) })} data-testid="count-slider" />
            </label>
          </div>
          <div className="mt-2 flex flex-wrap items-end gap-3">
            <TypedNumber label={t.seed} value={v.seed} min={0} max={999_999} integer onValid={(x) => d.update({ seed: x })} error={t.seedError} testId="seed-input" />
            <button type="button" className={button} onClick={d.replay} data-testid="replay">{t.replay}</button>
          </div>
          <p className="mt-2 text-sm tabular-nums" data-testid="progress">
            {d.run ? t.progress(d.run.stepsDone, d.run.total, d.run.t) : t.running}
          </p>
          <div className="mt-1">
            <PointPlot
              points={d.run?.points ?? []}
              colours={d.result?.indices ?? null}
              trajectories={d.run?.trajectories}
              labels={names}
              highlight={chosen}
              ariaLabel={t.reversePlot(v.n, d.result !== null)}
              testId="reverse-plot"
            />
          </div>
          <p className="mt-2 text-sm font-medium" aria-live="polite" data-testid="landed">
            {d.result ? t.landed(names[chosen] ?? v.label, formatPercent(d.result.shares[chosen] ?? 0, lang)) : t.running}
          </p>
          {d.result ? (
            <>
              <table className="mt-2 w-full text-sm tabular-nums" data-testid="shares">
                <caption className="mb-1 text-start" style={{ color: 'var(--muted)' }}>{t.sharesCaption}</caption>
                <thead>
                  <tr>
                    <th scope="col" className="text-start" />
                    <th scope="col" className="text-end">{t.share}</th>
                    <th scope="col" className="text-end">{t.weight}</th>
                  </tr>
                </thead>
                <tbody>
                  {mixture.components.map((c, k) => (
                    <tr key={c.label} className={k === chosen ? 'font-semibold' : undefined}>
                      <th scope="row" className="text-start font-normal">
                        <span aria-hidden="true" className="me-1 inline-block size-3 rounded-full" style={{ background: COMPONENT_COLOURS[k] }} />
                        {names[k]}
                      </th>
                      <td className="text-end">{formatPercent(d.result?.shares[k] ?? 0, lang)}</td>
                      <td className="text-end">{formatPercent(c.weight, lang, 0)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <p className="mt-1 text-sm tabular-nums" data-testid="spread">{t.spread(formatNumber(d.result.spread, lang, 2))}</p>
            </>
          ) : null}
        </section>
      </div>
    </WidgetShell>
  );
}
