'use client';
// Live PPO clip: L^CLIP against the probability ratio for a positive and a negative advantage, ε on a
// slider, and a typed (r, Â) point with its value and slope, all from lib/rlhf/ppo.
import { useId } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { WidgetShell } from '../widget-shell';
import { formatShort } from '../chatgpt-shared/format';
import { errorStyle, field, mutedStyle } from '../chatgpt-shared/ui';
import { ClipChart } from './clip-chart';
import { ppoClipSchema } from './schema';
import { ppoClipText } from './strings';
import { usePpoClip } from './use-ppo-clip';

export default function PpoClip({ lang }: { lang: Locale }) {
  const t = ppoClipText[lang];
  const s = usePpoClip();
  const id = useId();
  const fmt = (x: number) => formatShort(x, lang, 3);
  const { eps: epsSpec, r: rSpec, a: aSpec } = ppoClipSchema;
  const marker = { r: s.r, objective: s.point.objective };
  const clippedNow = s.a !== 0 && s.point.slope === 0;
  const pessimistic = s.a < 0 && s.r > 1 + s.eps;

  return (
    <WidgetShell
      title={t.title}
      problems={s.problems}
      labels={{ copySettingLink: t.copySettingLink, settingLinkCopied: t.settingLinkCopied, ignoredParam: t.ignoredParam }}
      link={() => s.linkToSetting('ppo')}
      testId="ppo-clip"
    >
      <p className="mb-3 text-sm" style={mutedStyle}>{t.intro}</p>
      <div className="flex flex-wrap items-end gap-4 text-sm">
        <label className="flex min-w-40 grow flex-col gap-1">
          <span>{t.eps(fmt(s.eps))}</span>
          <input
            type="range"
            min={epsSpec.min}
            max={epsSpec.max}
            step={0.01}
            value={s.eps}
            onChange={(e) => s.setEps(Number(e.target.value))}
            data-testid="eps-slider"
          />
        </label>
        <label className="flex items-center gap-2">
          <span>{t.ratio}</span>
          <input
            type="text"
            inputMode="decimal"
            value={s.ratio.text}
            onChange={(e) => s.ratio.type(e.target.value)}
            aria-invalid={s.ratio.error}
            aria-describedby={s.ratio.error ? `${id}-rerr` : undefined}
            className={`${field} w-20`}
            data-testid="ratio-input"
          />
        </label>
        <label className="flex items-center gap-2">
          <span>{t.advantage}</span>
          <input
            type="text"
            inputMode="decimal"
            value={s.advantage.text}
            onChange={(e) => s.advantage.type(e.target.value)}
            aria-invalid={s.advantage.error}
            aria-describedby={s.advantage.error ? `${id}-aerr` : undefined}
            className={`${field} w-20`}
            data-testid="advantage-input"
          />
        </label>
      </div>
      {s.ratio.error ? (
        <p id={`${id}-rerr`} role="alert" className="mt-1 text-sm font-medium" style={errorStyle} data-testid="ratio-error">
          {t.ratioError(fmt(rSpec.min), fmt(rSpec.max))}
        </p>
      ) : null}
      {s.advantage.error ? (
        <p id={`${id}-aerr`} role="alert" className="mt-1 text-sm font-medium" style={errorStyle} data-testid="advantage-error">
          {t.advantageError(fmt(aSpec.min), fmt(aSpec.max))}
        </p>
      ) : null}

      <div className="mt-3 rounded-md bg-[var(--surface)] p-2 text-sm" aria-live="polite" data-testid="ppo-readout">
        <p className="m-0">{t.readout(fmt(s.r), fmt(s.a), fmt(s.point.objective), fmt(s.point.unclipped), fmt(s.point.slope))}</p>
        <p className="m-0 mt-1 font-medium" data-testid="ppo-verdict">
          {s.a === 0 ? t.zero : clippedNow ? t.stops : t.pushes(s.a > 0 ? 'up' : 'down')}
        </p>
        {pessimistic ? <p className="m-0 mt-1">{t.pessimistic}</p> : null}
      </div>

      <div className="mt-3 grid grid-cols-1 gap-4 sm:grid-cols-2">
        <ClipChart
          curve={s.curves.positive}
          advantage={s.magnitude}
          epsilon={s.eps}
          marker={s.a > 0 ? marker : null}
          title={t.positive(fmt(s.magnitude))}
          lang={lang}
          testId="clip-chart-positive"
        />
        <ClipChart
          curve={s.curves.negative}
          advantage={-s.magnitude}
          epsilon={s.eps}
          marker={s.a < 0 ? marker : null}
          title={t.negative(fmt(-s.magnitude))}
          lang={lang}
          testId="clip-chart-negative"
        />
      </div>
      <p className="mt-1 flex flex-wrap gap-x-4 text-xs" style={mutedStyle}>
        <span>━ {t.objective}</span>
        <span>┅ {t.unclipped}</span>
        <span>▒ {t.clipped}</span>
      </p>
    </WidgetShell>
  );
}
