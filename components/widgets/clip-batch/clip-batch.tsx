'use client';
// Live CLIP batch: change the batch size, temperature and caption agreement, shuffle the captions, and
// watch the similarity matrix, both softmaxes and the symmetric loss; then classify an image zero-shot.
import { useId } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { WidgetShell } from '../widget-shell';
import { formatFixed } from './format';
import { HeatMap } from './heat-map';
import { LossPanel } from './loss-panel';
import { clipSchema, labels, VIEWS } from './schema';
import { clipText } from './strings';
import { useClipBatch } from './use-clip-batch';
import { ZeroShotPanel } from './zero-shot-panel';

const field = 'rounded-md border border-[var(--border)] bg-[var(--bg)] px-2 py-1';
const button = 'min-h-10 rounded-md border border-[var(--border)] px-3 py-1.5 hover:bg-[var(--surface)]';

export default function ClipBatch({ lang }: { lang: Locale }) {
  const t = clipText[lang];
  const s = useClipBatch();
  const id = useId();
  const { size, temperature, alignment, shuffle, seed } = s.settings;
  const names = labels[lang].slice(0, size);
  const matrix = s.shown === 'logits' ? s.view.logits : s.shown === 'rows' ? s.view.rows : s.view.columns;
  const f3 = (x: number) => formatFixed(x, lang, 3);

  return (
    <WidgetShell
      title={t.title}
      problems={s.problems}
      labels={{ copySettingLink: t.copySettingLink, settingLinkCopied: t.settingLinkCopied, ignoredParam: t.ignoredParam }}
      link={() => s.linkToSetting('clip')}
      testId="clip-batch"
    >
      <div className="grid gap-3 text-sm sm:grid-cols-2">
        <label className="flex flex-col gap-1">
          <span>
            {t.size}: <output data-testid="clip-size">{size}</output>
          </span>
          <input type="range" min={clipSchema.n.min} max={clipSchema.n.max} step={1} value={size} onChange={(e) => s.setSize(Number(e.target.value))} data-testid="clip-size-slider" />
        </label>
        <label className="flex flex-col gap-1">
          <span>
            {t.agreement}: <output data-testid="clip-agreement">{formatFixed(alignment, lang, 2)}</output>
          </span>
          <input type="range" min={0} max={1} step={0.05} value={alignment} onChange={(e) => s.setAlignment(Number(e.target.value))} data-testid="clip-agreement-slider" />
        </label>
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-t`}>
            {t.temperature}: <output data-testid="clip-temperature">{temperature}</output>{' '}
            <span style={{ color: 'var(--muted)' }}>({t.scale(formatFixed(1 / temperature, lang, 1))})</span>
          </label>
          <input
            id={`${id}-t`}
            type="range"
            min={-2}
            max={Math.log10(clipSchema.t.max)}
            step={0.01}
            value={Math.log10(temperature)}
            onChange={(e) => s.setTemperature(10 ** Number(e.target.value))}
            aria-valuetext={`τ = ${temperature}`}
            data-testid="clip-temperature-slider"
          />
        </div>
        <label className="flex flex-col gap-1">
          <span>{t.temperatureTyped}</span>
          <input
            type="text"
            inputMode="decimal"
            value={s.typedTemperature}
            onChange={(e) => s.typeTemperature(e.target.value)}
            aria-invalid={s.temperatureError}
            aria-describedby={s.temperatureError ? `${id}-terr` : undefined}
            className={`${field} w-28`}
            data-testid="clip-temperature-input"
          />
        </label>
      </div>
      {s.temperatureError ? (
        <p id={`${id}-terr`} role="alert" className="mt-1 text-sm font-medium" style={{ color: 'var(--accent)' }} data-testid="clip-temperature-error">
          {t.temperatureError}
        </p>
      ) : null}

      <div className="mt-3 flex flex-wrap items-center gap-2 text-sm">
        <button type="button" className={button} onClick={s.shuffle} data-testid="clip-shuffle">{t.shuffle}</button>
        <button type="button" className={button} onClick={s.unshuffle} disabled={shuffle === 0} data-testid="clip-unshuffle">{t.unshuffle}</button>
        <button type="button" className={button} onClick={s.newBatch} data-testid="clip-new-batch">{t.newBatch}</button>
        <span style={{ color: 'var(--muted)' }} data-testid="clip-state">
          {t.batchSeed(seed)}, {t.shuffled(shuffle)}
        </span>
      </div>

      <fieldset className="mt-3 text-sm">
        <legend>{t.view}</legend>
        <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
          {VIEWS.map((v) => (
            <label key={v} className="flex items-center gap-1.5">
              <input type="radio" name={`${id}-view`} value={v} checked={s.shown === v} onChange={() => s.setView(v)} data-testid={`clip-view-${v}`} />
              {t.views[v]}
            </label>
          ))}
        </div>
      </fieldset>

      <div className="mt-3">
        <HeatMap
          matrix={matrix}
          view={s.shown}
          rowLabels={names.map((n) => t.imageCell(n))}
          columnLabels={s.view.permutation.map((p) => labels[lang][p] ?? '')}
          lang={lang}
        />
      </div>
      <LossPanel view={s.view} size={size} lang={lang} />
      <p className="sr-only" aria-live="polite">{t.live(f3(s.view.loss.loss), f3(s.view.loss.imageToText), f3(s.view.loss.textToImage))}</p>
      <ZeroShotPanel result={s.zeroShot} image={s.image} labels={names} onPick={s.setImage} lang={lang} />
    </WidgetShell>
  );
}
