'use client';
// The latent walk: a toy generator (lib/gan, trained in a Web Worker on load) or the GAN trainer's current one,
// and a point z the reader drags through the noise square; G(z) moves through the data plane. Colours tie each
// noise point to its image.
import { useEffect, useId, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { DEFAULT_BOUNDS } from '@/lib/gan/datasets';
import type { Locale } from '@/lib/i18n/locales';
import { COLORS } from '../gan-trainer/colors';
import { drawLines, drawPoints, planeMap, surface, themeColor } from '../gan-trainer/draw';
import { WidgetShell } from '../widget-shell';
import { noiseColor } from './noise-color';
import { LATENT_DATASETS, LATENT_SOURCES, MAX_STEPS } from './schema';
import { latentText } from './strings';
import { GRID_SIZE, useGanLatentWalk } from './use-gan-latent-walk';

const NOISE_BOUNDS = { xMin: -1.1, xMax: 1.1, yMin: -1.1, yMax: 1.1 };
const ticks = Array.from({ length: GRID_SIZE }, (_, i) => -1 + (2 * i) / (GRID_SIZE - 1));

export default function GanLatentWalk({ lang }: { lang: Locale }) {
  const t = latentText[lang];
  const id = useId();
  const s = useGanLatentWalk();
  const noise = useRef<HTMLCanvasElement>(null);
  const data = useRef<HTMLCanvasElement>(null);
  const dragging = useRef(false);
  const [tick, setTick] = useState(0);
  const nf = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US');
  const f2 = (v: number) => (v === 0 ? 0 : v).toFixed(2);
  const pair = (p: readonly number[]) => `(${f2(p[0] as number)}, ${f2(p[1] as number)})`;

  useEffect(() => {
    const el = noise.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(() => setTick((n) => n + 1));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  useEffect(() => {
    const canvas = noise.current;
    if (!canvas) return;
    const srf = surface(canvas);
    if (!srf) return;
    const map = planeMap(NOISE_BOUNDS, srf.width, srf.height);
    const lines = [...ticks.map((b) => ticks.map((a) => [a, b])), ...ticks.map((a) => ticks.map((b) => [a, b]))];
    drawLines(srf, lines, map, COLORS.grid);
    for (const b of ticks) for (const a of ticks) drawPoints(srf, [[a, b]], map, noiseColor(a, b), 2.5);
    const fg = themeColor(canvas, '--fg', '#0f172a');
    srf.ctx.fillStyle = noiseColor(s.z[0], s.z[1]);
    srf.ctx.strokeStyle = fg;
    srf.ctx.lineWidth = 2;
    srf.ctx.beginPath();
    srf.ctx.arc(map.x(s.z[0]), map.y(s.z[1]), 8, 0, 2 * Math.PI);
    srf.ctx.fill();
    srf.ctx.stroke();
  }, [s.z, tick]);

  useEffect(() => {
    const canvas = data.current;
    if (!canvas) return;
    const srf = surface(canvas);
    if (!srf || !s.views) return;
    const map = planeMap(DEFAULT_BOUNDS, srf.width, srf.height);
    drawPoints(srf, s.views.real, map, COLORS.real, 1.5);
    drawLines(srf, s.views.mapping.lines, map, COLORS.grid);
    s.views.mapping.x.forEach((p, k) => {
      const z = s.views?.mapping.z[k] as number[];
      drawPoints(srf, [p], map, noiseColor(z[0] as number, z[1] as number), 2.5);
    });
    if (s.gz) {
      srf.ctx.fillStyle = noiseColor(s.z[0], s.z[1]);
      srf.ctx.strokeStyle = themeColor(canvas, '--fg', '#0f172a');
      srf.ctx.lineWidth = 2;
      srf.ctx.beginPath();
      srf.ctx.arc(map.x(s.gz[0] as number), map.y(s.gz[1] as number), 8, 0, 2 * Math.PI);
      srf.ctx.fill();
      srf.ctx.stroke();
    }
  }, [s.views, s.gz, s.z, tick]);

  function zAt(e: PointerEvent<HTMLCanvasElement>): [number, number] {
    const rect = e.currentTarget.getBoundingClientRect();
    return planeMap(NOISE_BOUNDS, rect.width, rect.height).toData(e.clientX - rect.left, e.clientY - rect.top);
  }

  function onKey(e: KeyboardEvent<HTMLCanvasElement>) {
    const d = e.shiftKey ? 0.25 : 0.05;
    const moves: Record<string, [number, number]> = { ArrowLeft: [-d, 0], ArrowRight: [d, 0], ArrowUp: [0, d], ArrowDown: [0, -d] };
    const m = moves[e.key];
    if (m) {
      e.preventDefault();
      s.moveZ([s.z[0] + m[0], s.z[1] + m[1]]);
    } else if (e.key === 'Home') {
      e.preventDefault();
      s.moveZ([0, 0]);
    }
  }

  const input = 'min-h-10 w-full rounded-md border border-[var(--border)] bg-[var(--bg)] px-2';
  const readout = s.gz ? t.readout(pair(s.z), pair(s.gz)) : '';

  return (
    <WidgetShell
      title={t.title}
      problems={s.problems}
      labels={{ copySettingLink: t.copySettingLink, settingLinkCopied: t.settingLinkCopied, ignoredParam: t.ignoredParam }}
      link={() => s.linkToSetting('generator')}
      testId="gan-latent-walk"
    >
      <fieldset className="mb-3 text-sm">
        <legend className="mb-1 font-medium">{t.source}</legend>
        <div className="flex flex-wrap gap-x-4 gap-y-1">
          {LATENT_SOURCES.map((from) => (
            <label key={from} className="flex min-h-10 cursor-pointer items-center gap-2">
              <input
                type="radio"
                name={`${id}-from`}
                value={from}
                checked={s.values.from === from}
                onChange={() => s.setFrom(from)}
                className="h-5 w-5 shrink-0"
                data-testid={`latent-from-${from}`}
              />
              {t.sources[from]}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="grid grid-cols-1 gap-3 text-sm sm:grid-cols-3" hidden={s.fromTrainer}>
        <label className="flex flex-col gap-1">
          <span className="font-medium">{t.dataset}</span>
          <select value={s.values.data} onChange={(e) => s.setData(e.target.value)} className={input} data-testid="latent-dataset">
            {LATENT_DATASETS.map((d) => (
              <option key={d} value={d}>
                {t.datasets[d]}
              </option>
            ))}
          </select>
        </label>
        {(['steps', 'seed'] as const).map((field) => (
          <div key={field} className="flex flex-col gap-1">
            <label htmlFor={`${id}-${field}`} className="font-medium">
              {t[field]}
            </label>
            <input
              id={`${id}-${field}`}
              type="text"
              inputMode="numeric"
              value={s.typedValue(field)}
              onChange={(e) => s.typeField(field, e.target.value)}
              aria-invalid={s.badField(field)}
              aria-describedby={s.badField(field) ? `${id}-${field}-error` : undefined}
              className={input}
              data-testid={`latent-${field}`}
            />
            {s.badField(field) ? (
              <span id={`${id}-${field}-error`} role="alert" className="text-xs" style={{ color: 'var(--accent)' }}>
                {field === 'steps' ? t.badSteps(nf.format(MAX_STEPS)) : t.badSeed}
              </span>
            ) : null}
          </div>
        ))}
      </div>
      <p className="mt-2 min-h-6 text-sm" role="status" data-testid="latent-status">
        {s.fromTrainer ? (
          s.trainer === null ? (
            <>
              {t.trainerNone}{' '}
              <a href="#training" className="underline">
                {t.trainerGo}
              </a>
            </>
          ) : s.trainer.config.noiseDim !== 2 ? (
            t.trainerOneD
          ) : (
            t.trainerUsing(nf.format(s.trainer.iteration))
          )
        ) : s.ready ? (
          t.trained(nf.format(s.values.steps), String(s.values.seed))
        ) : (
          t.training(nf.format(s.progress), nf.format(s.values.steps))
        )}
      </p>

      <div className="mt-2 grid grid-cols-1 gap-4 sm:grid-cols-2">
        <div className="min-w-0">
          <p className="mb-1 text-sm font-medium">{t.noiseTitle}</p>
          <canvas
            ref={noise}
            className="block aspect-square w-full max-w-[360px] cursor-grab touch-none rounded-md border border-[var(--border)]"
            role="application"
            aria-label={t.noiseLabel}
            aria-describedby={`${id}-keys`}
            tabIndex={0}
            onKeyDown={onKey}
            onPointerDown={(e) => {
              dragging.current = true;
              e.currentTarget.setPointerCapture(e.pointerId);
              s.moveZ(zAt(e));
            }}
            onPointerMove={(e) => {
              if (dragging.current) s.moveZ(zAt(e));
            }}
            onPointerUp={() => {
              dragging.current = false;
            }}
            data-testid="latent-noise"
          />
          <p id={`${id}-keys`} className="mt-1 text-xs" style={{ color: 'var(--muted)' }}>
            {t.noiseKeys}
          </p>
          <div className="mt-2 grid grid-cols-[auto_1fr_auto] items-center gap-x-2 text-sm">
            {([0, 1] as const).map((axis) => (
              <label key={axis} className="contents">
                <span>{axis === 0 ? t.z1 : t.z2}</span>
                <input
                  type="range"
                  min={-1}
                  max={1}
                  step={0.01}
                  value={s.z[axis]}
                  onChange={(e) => s.moveZ(axis === 0 ? [Number(e.target.value), s.z[1]] : [s.z[0], Number(e.target.value)])}
                  className="min-h-10 w-full"
                  data-testid={`latent-z${axis + 1}`}
                />
                <span className="w-12 text-end tabular-nums">{f2(s.z[axis])}</span>
              </label>
            ))}
          </div>
        </div>
        <div className="min-w-0">
          <p className="mb-1 text-sm font-medium">{t.dataTitle}</p>
          <canvas
            ref={data}
            className="block aspect-square w-full max-w-[360px] rounded-md border border-[var(--border)]"
            role="img"
            aria-label={t.dataLabel}
            data-testid="latent-data"
          />
          <p className="mt-2 text-sm font-medium tabular-nums" aria-live="polite" data-testid="latent-readout">
            {readout}
          </p>
        </div>
      </div>
      <p className="mt-2 text-xs" style={{ color: 'var(--muted)' }}>
        {t.legend}
      </p>
      <p className="mt-1 text-sm">{t.hint}</p>
    </WidgetShell>
  );
}
