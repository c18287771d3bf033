'use client';
// The loss explorer: the GAN loss terms and their slopes against D's output, showing why the minimax generator
// loss saturates; and the optimal discriminator for two 1-D Gaussians, where V reaches −log 4 when they coincide.
import { useId } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { OPTIMAL_VALUE, slopeRatio } from '@/lib/gan/loss-explorer';
import { WidgetShell } from '../widget-shell';
import { formatNumber } from './format';
import { CURVE_STYLE, LossCurvesChart } from './loss-curves-chart';
import { NumberControl } from './number-control';
import { DENSITY_STYLE, OptimalDChart } from './optimal-d-chart';
import { lossExplorerSchema, STEPS } from './schema';
import { lossExplorerText, type LossExplorerText } from './strings';
import { useGanLossExplorer, type LossExplorerState } from './use-gan-loss-explorer';

/** V within this of −log 4 counts as matched (the grid's own error is far smaller). */
const MATCH_TOLERANCE = 5e-4;

function Swatch({ color, dash }: { color: string; dash?: string }) {
  return (
    <svg width="28" height="10" aria-hidden="true" className="inline-block shrink-0 align-middle">
      <line x1="1" y1="5" x2="27" y2="5" stroke={color} strokeWidth="2.5" strokeDasharray={dash} />
    </svg>
  );
}

function GradientBar({ label, size, value, color }: { label: string; size: number; value: string; color: string }) {
  return (
    <div className="grid grid-cols-[7.5rem_1fr_3.5rem] items-center gap-2 text-sm">
      <span>{label}</span>
      <span className="h-3 rounded-sm bg-[var(--surface)]">
        <span className="block h-3 rounded-sm" style={{ width: `${Math.max(0, Math.min(1, size)) * 100}%`, background: color }} />
      </span>
      <span className="text-end tabular-nums">{value}</span>
    </div>
  );
}

function CurvesPanel({ s, t, lang }: { s: LossExplorerState; t: LossExplorerText; lang: Locale }) {
  const { point } = s;
  const f = (x: number) => formatNumber(x, lang);
  const ratio = slopeRatio(point.d);
  const ratioText =
    Math.abs(ratio - 1) < 1e-9 ? t.equal : ratio > 1 ? t.ratio(formatNumber(ratio, lang, 1), true) : t.ratio(formatNumber(1 / ratio, lang, 1), false);
  const spec = lossExplorerSchema.d;
  const rows = [
    { key: 'logD', formula: 'log D', label: t.logD, value: point.logD, slope: point.dLogD, perLogit: null },
    { key: 'log1mD', formula: 'log(1 − D)', label: t.log1mD, value: point.log1mD, slope: point.dLog1mD, perLogit: point.log1mDPerLogit },
    { key: 'negLogD', formula: '−log D', label: t.negLogD, value: point.negLogD, slope: point.dNegLogD, perLogit: point.negLogDPerLogit },
  ] as const;
  const dashName = { logD: t.lineSolid, log1mD: t.lineDashed, negLogD: t.lineDotted } as const;
  const titleId = useId();

  return (
    <section aria-labelledby={titleId}>
      <h3 id={titleId} className="mb-1 text-base font-semibold">{t.curvesTitle}</h3>
      <p className="mb-3 text-sm" style={{ color: 'var(--muted)' }}>{t.curvesIntro}</p>
      <NumberControl
        label={t.dLabel}
        shown={formatNumber(s.values.d, lang, 2)}
        min={spec.min}
        max={spec.max}
        step={STEPS.d}
        value={s.values.d}
        typed={s.typedValue('d')}
        error={s.isError('d')}
        errorText={t.numberError(spec.min, spec.max)}
        typeLabel={t.typeValue}
        onSlide={(v) => s.set('d', v)}
        onType={(text) => s.type('d', text)}
        testId="loss-d"
      />
      <LossCurvesChart series={s.series} point={point} label={t.curvesChartLabel(formatNumber(point.d, lang, 2))} />
      <ul className="mb-2 flex list-none flex-col gap-0.5 ps-0 text-xs" style={{ color: 'var(--muted)' }}>
        {rows.map((r) => (
          <li key={r.key}>
            <Swatch color={CURVE_STYLE[r.key].color} dash={CURVE_STYLE[r.key].dash} /> {r.label} <span className="sr-only">({dashName[r.key]})</span>
          </li>
        ))}
      </ul>
      <div className="overflow-x-auto">
        <table className="w-full text-sm" data-testid="loss-terms">
          <thead>
            <tr>
              <th scope="col" className="text-start">{t.term}</th>
              <th scope="col" className="text-end">{t.value}</th>
              <th scope="col" className="text-end">{t.slopeD}</th>
              <th scope="col" className="text-end">{t.slopeLogit}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key} data-row={r.key}>
                <th scope="row" className="py-1 text-start font-normal whitespace-nowrap">
                  <Swatch color={CURVE_STYLE[r.key].color} dash={CURVE_STYLE[r.key].dash} /> {r.formula}
                </th>
                <td className="text-end tabular-nums">{f(r.value)}</td>
                <td className="text-end tabular-nums">{f(r.slope)}</td>
                <td className="text-end tabular-nums" data-testid={`per-logit-${r.key}`}>{r.perLogit === null ? t.notGenerator : f(r.perLogit)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="mt-3 mb-1 text-sm font-medium">{t.gradientTitle}</p>
      <div className="flex flex-col gap-1">
        <GradientBar label={t.minimax} size={Math.abs(point.log1mDPerLogit)} value={f(point.log1mDPerLogit)} color={CURVE_STYLE.log1mD.color} />
        <GradientBar label={t.nonSaturating} size={Math.abs(point.negLogDPerLogit)} value={f(point.negLogDPerLogit)} color={CURVE_STYLE.negLogD.color} />
      </div>
      <p className="mt-2 text-sm" aria-live="polite" data-testid="loss-summary">
        {t.curvesLive(formatNumber(point.d, lang, 2), f(point.log1mDPerLogit), f(point.negLogDPerLogit), ratioText)}
      </p>
    </section>
  );
}

function GaussPanel({ s, t, lang }: { s: LossExplorerState; t: LossExplorerText; lang: Locale }) {
  const { panel } = s;
  const f = (x: number) => formatNumber(x, lang);
  const matched = panel.gap < MATCH_TOLERANCE;
  const { mu, sigma } = lossExplorerSchema;
  const titleId = useId();
  return (
    <section aria-labelledby={titleId} className="mt-6 border-t border-[var(--border)] pt-4">
      <h3 id={titleId} className="mb-1 text-base font-semibold">{t.gaussTitle}</h3>
      <p className="mb-3 text-sm" style={{ color: 'var(--muted)' }}>{t.gaussIntro}</p>
      <div className="grid gap-3 sm:grid-cols-2">
        <NumberControl
          label={t.muLabel}
          shown={formatNumber(s.values.mu, lang, 2)}
          min={mu.min}
          max={mu.max}
          step={STEPS.mu}
          value={s.values.mu}
          typed={s.typedValue('mu')}
          error={s.isError('mu')}
          errorText={t.numberError(mu.min, mu.max)}
          typeLabel={t.typeValue}
          onSlide={(v) => s.set('mu', v)}
          onType={(text) => s.type('mu', text)}
          testId="loss-mu"
        />
        <NumberControl
          label={t.sigmaLabel}
          shown={formatNumber(s.values.sigma, lang, 2)}
          min={sigma.min}
          max={sigma.max}
          step={STEPS.sigma}
          value={s.values.sigma}
          typed={s.typedValue('sigma')}
          error={s.isError('sigma')}
          errorText={t.numberError(sigma.min, sigma.max)}
          typeLabel={t.typeValue}
          onSlide={(v) => s.set('sigma', v)}
          onType={(text) => s.type('sigma', text)}
          testId="loss-sigma"
        />
      </div>
      <OptimalDChart panel={panel} label={t.gaussChartLabel(formatNumber(s.values.mu, lang, 2), formatNumber(s.values.sigma, lang, 2))} />
      <p className="flex flex-wrap gap-x-4 gap-y-1 text-xs" style={{ color: 'var(--muted)' }}>
        <span><Swatch color={DENSITY_STYLE.pData} /> {t.pData}</span>
        <span><Swatch color={DENSITY_STYLE.pG} dash="6 4" /> {t.pG}</span>
        <span><Swatch color={DENSITY_STYLE.dStar} /> {t.dStar}</span>
        <span><Swatch color="var(--muted)" dash="3 3" /> {t.half}</span>
      </p>
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm" data-testid="loss-value">
        <dt>{t.vLabel}</dt>
        <dd className="font-semibold tabular-nums" data-testid="loss-v">{f(panel.value)}</dd>
        <dt>{t.minLabel}</dt>
        <dd className="tabular-nums">{f(OPTIMAL_VALUE)}</dd>
        <dt>{t.gapLabel}</dt>
        <dd className="tabular-nums" data-testid="loss-gap">{f(panel.gap)}</dd>
      </dl>
      <p className="mt-2 text-sm" aria-live="polite" data-testid="loss-gauss-summary">
        {matched ? t.matched : t.gaussLive(f(panel.value), f(OPTIMAL_VALUE), f(panel.gap))}
      </p>
    </section>
  );
}

export default function GanLossExplorer({ lang }: { lang: Locale }) {
  const t = lossExplorerText[lang];
  const s = useGanLossExplorer();
  return (
    <WidgetShell
      title={t.title}
      problems={s.problems}
      labels={{ copySettingLink: t.copySettingLink, settingLinkCopied: t.settingLinkCopied, ignoredParam: t.ignoredParam }}
      link={() => s.linkToSetting('loss')}
      testId="gan-loss-explorer"
    >
      <CurvesPanel s={s} t={t} lang={lang} />
      <GaussPanel s={s} t={t} lang={lang} />
    </WidgetShell>
  );
}
