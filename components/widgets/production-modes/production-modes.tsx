'use client';
// Live PGC / UGC / AIGC comparison: pick a dimension to see the ratings as bars, and set how many model
// drafts a person keeps to see what one usable piece costs.
import { useId } from 'react';
import { Bar, BarChart, Cell, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { dimensions, RATING_MAX } from '@/lib/aigc/production-modes';
import type { Locale } from '@/lib/i18n/locales';
import { WidgetShell } from '../widget-shell';
import { formatUnits } from './format';
import { productionModesSchema } from './schema';
import { productionModesText } from './strings';
import { useProductionModes } from './use-production-modes';

const barColours = { pgc: '#2563eb', ugc: '#0d9488', aigc: '#c2410c' } as const;

export default function ProductionModes({ lang }: { lang: Locale }) {
  const t = productionModesText[lang];
  const s = useProductionModes();
  const id = useId();
  const dim = t.dimensions[s.dimension];
  const data = s.ratings.map((r) => ({ name: t.modes[r.mode], mode: r.mode, rating: r.rating }));
  const summary = t.chartLabel(dim.label, s.ratings.map((r) => `${t.modes[r.mode]} ${r.rating}/${RATING_MAX}`).join(', '));
  const { min, max } = productionModesSchema.keep;

  return (
    <WidgetShell
      title={t.title}
      badge={t.badge}
      problems={s.problems}
      labels={{ copySettingLink: t.copySettingLink, settingLinkCopied: t.settingLinkCopied, ignoredParam: t.ignoredParam }}
      link={() => s.linkToSetting('aigc-mode')}
      testId="production-modes"
    >
      <fieldset>
        <legend className="mb-2 text-sm font-medium">{t.dimensionLegend}</legend>
        <div className="flex flex-wrap gap-2">
          {dimensions.map((d) => (
            <label key={d} className="flex min-h-10 cursor-pointer items-center gap-2 rounded-md border border-[var(--border)] px-3 has-[:checked]:bg-[var(--surface)] has-[:checked]:font-semibold">
              <input type="radio" name={`${id}-dim`} value={d} checked={s.dimension === d} onChange={() => s.setDimension(d)} />
              {t.dimensions[d].label}
            </label>
          ))}
        </div>
      </fieldset>

      <div role="img" aria-label={summary} className="mt-4 h-56 w-full">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: -16 }}>
            <XAxis dataKey="name" tick={{ fill: 'var(--fg)', fontSize: 12 }} interval={0} />
            <YAxis domain={[0, RATING_MAX]} ticks={[1, 2, 3, 4, 5]} tick={{ fill: 'var(--fg)', fontSize: 12 }} />
            <Bar dataKey="rating" isAnimationActive={false} radius={[4, 4, 0, 0]}>
              {data.map((d) => (
                <Cell key={d.mode} fill={barColours[d.mode]} />
              ))}
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
      <p className="mt-1 flex justify-between text-xs" style={{ color: 'var(--muted)' }}>
        <span>1 = {dim.low}</span>
        <span>{RATING_MAX} = {dim.high}</span>
      </p>
      <p className="mt-2 text-sm" aria-live="polite" data-testid="dimension-why">
        <strong>{dim.label}.</strong> {dim.why}
      </p>

      <fieldset className="mt-5 border-t border-[var(--border)] pt-4">
        <legend className="mb-2 text-sm font-medium">{t.keepLegend}</legend>
        <div className="flex flex-wrap items-center gap-3">
          <label className="flex grow items-center gap-2 text-sm">
            <span className="shrink-0">{t.keepSlider}</span>
            <input
              type="range"
              min={min}
              max={max}
              step={1}
              value={Math.round(s.keepPercent)}
              onChange={(e) => s.setKeepPercent(Number(e.target.value))}
              className="min-w-32 grow"
              data-testid="keep-slider"
            />
          </label>
          <label className="flex items-center gap-2 text-sm">
            <span>{t.keepTyped}</span>
            <input
              type="text"
              inputMode="decimal"
              value={s.typedKeep}
              onChange={(e) => s.typeKeepPercent(e.target.value)}
              aria-invalid={s.typedError}
              aria-describedby={s.typedError ? `${id}-err` : undefined}
              className="w-20 rounded-md border border-[var(--border)] bg-[var(--bg)] px-2 py-1"
              data-testid="keep-input"
            />
          </label>
        </div>
        {s.typedError ? (
          <p id={`${id}-err`} role="alert" className="mt-2 text-sm font-medium" style={{ color: 'var(--accent)' }} data-testid="keep-error">
            {t.keepError}
          </p>
        ) : null}
        <p className="mt-3" aria-live="polite" data-testid="keep-result">
          {t.result(formatUnits(s.usable, lang), formatUnits(s.pgcCost, lang), s.drafts)}
        </p>
        <p className="mt-1 text-xs" style={{ color: 'var(--muted)' }}>{t.units}</p>
      </fieldset>
    </WidgetShell>
  );
}
