'use client';
// The live GAN trainer: a generator and a discriminator (small MLPs from lib/gan) trained in a Web Worker on
// toy 2-D or 1-D data, drawn about 30 times a second: D's heat map, real and generated points, G's warped
// noise grid, the loss curves and a divergence estimate. Every setting lives in the URL.
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { DATASET_NAMES, DEFAULT_BOUNDS, datasetDim, sampleDataset, type DatasetName } from '@/lib/gan/datasets';
import { LOSS_TYPES } from '@/lib/gan/gan-config';
import { VIEW_SEEDS } from '@/lib/gan/gan-views';
import { MAX_DRAWN_POINTS } from '@/lib/gan/points-param';
import type { Locale } from '@/lib/i18n/locales';
import { createRng } from '@/lib/math/random';
import { WidgetShell } from '../widget-shell';
import { COLORS, drawAxes, drawHeat, drawLine1d, drawLines, drawLosses, drawPoints, drawPush, planeMap, surface, themeColor } from './draw';
import { ganSchema, numberFields, type NumberField } from './schema';
import { ganText } from './strings';
import { useGanTrainer, type Frame } from './use-gan-trainer';

const REAL_DRAWN = 500;
const CURSOR_STEP = 0.05;

function useResizeTick(ref: React.RefObject<HTMLElement | null>): number {
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(() => setTick((t) => t + 1));
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return tick;
}

export default function GanTrainer({ lang }: { lang: Locale }) {
  const t = ganText[lang];
  const id = useId();
  const s = useGanTrainer();
  const plane = useRef<HTMLCanvasElement>(null);
  const chart = useRef<HTMLCanvasElement>(null);
  const [showHeat, setShowHeat] = useState(true);
  const [showGrid, setShowGrid] = useState(true);
  const [showPush, setShowPush] = useState(true);
  const [cursor, setCursor] = useState<[number, number]>([0, 0]);
  const [focused, setFocused] = useState(false);
  const [tooMany, setTooMany] = useState(false);
  const tick = useResizeTick(plane);
  const nf = useMemo(() => new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US', { maximumFractionDigits: 0 }), [lang]);
  const f3 = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '–');

  const dataset = s.values.data as DatasetName;
  const dim = datasetDim(dataset);
  const drawing = dataset === 'drawn';
  const points = s.points;
  const real = useMemo(() => {
    if (drawing && points.length === 0) return [];
    return sampleDataset(dataset, REAL_DRAWN, createRng(VIEW_SEEDS.real), points);
  }, [dataset, drawing, points]);

  const snap = s.frame?.snapshot ?? null;
  const { latestFrame, setPainter, needPoints } = s;

  // Painting reads the newest frame and runs in requestAnimationFrame for every frame the worker sends; it is
  // rebuilt when what it draws changes (view options, data, size) and repaints at once.
  useEffect(() => {
    const paint = (frame: Frame | null) => {
      const canvas = plane.current;
      const srf = canvas ? surface(canvas) : null;
      if (canvas && srf) {
        const fr = frame?.snapshot ?? null;
        const muted = themeColor(canvas, '--muted', '#475569');
        const fg = themeColor(canvas, '--fg', '#0f172a');
        if (dim === 1) {
          const rug = fr ? fr.lines.flat().map((p) => p[0] as number) : [];
          drawLine1d(srf, DEFAULT_BOUNDS, fr && showHeat ? fr.heat : [], real, fr?.fake ?? [], showGrid ? rug : [], fg);
        } else {
          const map = planeMap(DEFAULT_BOUNDS, srf.width, srf.height);
          if (fr && showHeat) drawHeat(srf, fr.heat, fr.resolution);
          drawAxes(srf, map, muted);
          if (fr && showGrid) drawLines(srf, fr.lines, map, COLORS.grid);
          drawPoints(srf, real, map, COLORS.real, 2);
          if (fr) drawPoints(srf, fr.fake.slice(0, 500), map, COLORS.fake, 2);
          if (fr && showPush) drawPush(srf, fr.fake, fr.push, map, fg);
          if (drawing) {
            srf.ctx.strokeStyle = fg;
            srf.ctx.lineWidth = 1.5;
            for (const p of points) srf.ctx.strokeRect(map.x(p[0] as number) - 3, map.y(p[1] as number) - 3, 6, 6);
            if (focused) {
              const cx = map.x(cursor[0]);
              const cy = map.y(cursor[1]);
              srf.ctx.beginPath();
              srf.ctx.moveTo(cx - 8, cy);
              srf.ctx.lineTo(cx + 8, cy);
              srf.ctx.moveTo(cx, cy - 8);
              srf.ctx.lineTo(cx, cy + 8);
              srf.ctx.stroke();
            }
          }
        }
      }
      const chartCanvas = chart.current;
      const chartSrf = chartCanvas && frame ? surface(chartCanvas) : null;
      if (chartCanvas && chartSrf && frame) drawLosses(chartSrf, frame.history, themeColor(chartCanvas, '--muted', '#475569'));
    };
    setPainter(paint);
    paint(needPoints ? null : latestFrame());
    return () => setPainter(null);
  }, [latestFrame, setPainter, needPoints, real, showHeat, showGrid, showPush, dim, drawing, points, cursor, focused, tick]);

  function addAt(x: number, y: number) {
    const ok = s.addPoint([x, y]);
    setTooMany(!ok);
  }

  function onPlaneClick(e: MouseEvent<HTMLCanvasElement>) {
    if (!drawing) return;
    const rect = e.currentTarget.getBoundingClientRect();
    const map = planeMap(DEFAULT_BOUNDS, rect.width, rect.height);
    const [x, y] = map.toData(e.clientX - rect.left, e.clientY - rect.top);
    setCursor([x, y]);
    addAt(x, y);
  }

  function onPlaneKey(e: KeyboardEvent<HTMLCanvasElement>) {
    if (!drawing) return;
    const d = e.shiftKey ? 5 * CURSOR_STEP : CURSOR_STEP;
    const clamp = (v: number) => Math.max(DEFAULT_BOUNDS.xMin, Math.min(DEFAULT_BOUNDS.xMax, Math.round(v * 100) / 100));
    const moves: Record<string, [number, number]> = { ArrowLeft: [-d, 0], ArrowRight: [d, 0], ArrowUp: [0, d], ArrowDown: [0, -d] };
    const move = moves[e.key];
    if (move) {
      e.preventDefault();
      setCursor(([x, y]) => [clamp(x + move[0]), clamp(y + move[1])]);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      addAt(cursor[0], cursor[1]);
    } else if (e.key === 'Backspace' || e.key === 'Delete') {
      e.preventDefault();
      s.undoPoint();
      setTooMany(false);
    }
  }

  const modes = snap?.modesCovered ?? null;
  const summary = snap
    ? t.summary(nf.format(snap.iteration), f3(snap.dLoss), f3(snap.gLoss), f3(snap.divergence), modes === null ? '' : t.modes(modes))
    : '';
  const btn = 'min-h-10 rounded-md border border-[var(--border)] px-3 hover:bg-[var(--surface)] disabled:opacity-50';
  const input = 'min-h-10 w-full rounded-md border border-[var(--border)] bg-[var(--bg)] px-2';
  const blocked = s.needPoints || s.diverged !== null;

  return (
    <WidgetShell
      title={t.title}
      problems={s.problems}
      labels={{ copySettingLink: t.copySettingLink, settingLinkCopied: t.settingLinkCopied, ignoredParam: t.ignoredParam }}
      link={() => s.linkToSetting('training')}
      testId="gan-trainer"
    >
      <div className="flex flex-wrap items-center gap-2" role="group" aria-label={t.title} data-testid="gan-controls" data-engine={s.engineState}>
        {s.playing ? (
          <button type="button" className={btn} onClick={s.pause} data-testid="gan-pause">
            {t.pause}
          </button>
        ) : (
          <button type="button" className={btn} onClick={s.play} disabled={blocked} data-testid="gan-play">
            {t.play}
          </button>
        )}
        <button type="button" className={btn} onClick={() => s.stepBy(1)} disabled={blocked} data-testid="gan-step">
          {t.step1}
        </button>
        <button type="button" className={btn} onClick={() => s.stepBy(100)} disabled={blocked} data-testid="gan-step100">
          {t.step100}
        </button>
        <button type="button" className={btn} onClick={s.reset} disabled={s.needPoints} data-testid="gan-reset">
          {t.reset}
        </button>
        <span className="text-sm" data-testid="gan-rate">
          {t.rate}: {s.playing && s.frame?.rate != null ? nf.format(s.frame.rate) : t.rateIdle}
        </span>
      </div>

      {s.diverged !== null ? (
        <p role="alert" className="mt-2 text-sm font-medium" style={{ color: 'var(--accent)' }} data-testid="gan-diverged">
          {t.diverged(nf.format(s.diverged))}
        </p>
      ) : null}
      {s.failed ? (
        <p role="alert" className="mt-2 text-sm font-medium" style={{ color: 'var(--accent)' }}>
          {t.error}
        </p>
      ) : null}
      {s.needPoints ? (
        <p className="mt-2 text-sm font-medium" data-testid="gan-need-points">
          {t.needPoints}
        </p>
      ) : null}
      {!s.inWorker ? <p className="mt-2 text-sm">{t.mainThread}</p> : null}
      {s.reduced ? <p className="mt-2 text-sm" style={{ color: 'var(--muted)' }}>{t.reducedMotion}</p> : null}

      <div className="mt-3 grid gap-4 md:grid-cols-2">
        <div className="min-w-0">
          <canvas
            ref={plane}
            className={`block w-full max-w-[420px] rounded-md border border-[var(--border)] ${dim === 1 ? 'aspect-[3/2]' : 'aspect-square'} ${drawing ? 'cursor-crosshair' : ''}`}
            role={drawing ? 'application' : 'img'}
            aria-label={dim === 1 ? t.planeLabel1d : t.planeLabel}
            aria-describedby={drawing ? `${id}-draw-keys` : undefined}
            tabIndex={drawing ? 0 : undefined}
            onClick={onPlaneClick}
            onKeyDown={onPlaneKey}
            onFocus={() => setFocused(true)}
            onBlur={() => setFocused(false)}
            data-testid="gan-plane"
          />
          <ul className="mt-2 space-y-0.5 text-xs" style={{ color: 'var(--muted)' }}>
            <li>
              <span style={{ color: COLORS.real }}>●</span> {t.legendReal} <span style={{ color: COLORS.fake }}>●</span> {t.legendFake}
            </li>
            <li>{dim === 1 ? t.legendD1d : t.legendHeat}</li>
            {dim === 2 ? <li>{t.legendGrid}</li> : null}
            {dim === 2 ? <li>{t.legendPush}</li> : null}
          </ul>
          <fieldset className="mt-2 flex flex-wrap gap-3 text-sm">
            <legend className="sr-only">{t.show}</legend>
            <label className="flex min-h-10 items-center gap-2">
              <input type="checkbox" checked={showHeat} onChange={(e) => setShowHeat(e.target.checked)} />
              {t.showHeat}
            </label>
            <label className="flex min-h-10 items-center gap-2">
              <input type="checkbox" checked={showGrid} onChange={(e) => setShowGrid(e.target.checked)} />
              {t.showGrid}
            </label>
            {dim === 2 ? (
              <label className="flex min-h-10 items-center gap-2">
                <input type="checkbox" checked={showPush} onChange={(e) => setShowPush(e.target.checked)} />
                {t.showPush}
              </label>
            ) : null}
          </fieldset>
          {drawing ? (
            <div className="mt-2 text-sm" data-testid="gan-draw">
              <p>{t.drawHelp}</p>
              <p id={`${id}-draw-keys`} style={{ color: 'var(--muted)' }}>
                {t.drawKeys}
              </p>
              <div className="mt-1 flex flex-wrap items-center gap-2">
                <span data-testid="gan-point-count">{t.drawCount(s.points.length, MAX_DRAWN_POINTS)}</span>
                <button type="button" className={btn} onClick={s.undoPoint} disabled={s.points.length === 0}>
                  {t.undoPoint}
                </button>
                <button type="button" className={btn} onClick={s.clearPoints} disabled={s.points.length === 0}>
                  {t.clearPoints}
                </button>
              </div>
              {tooMany ? <p role="alert">{t.tooManyPoints(MAX_DRAWN_POINTS)}</p> : null}
            </div>
          ) : null}
        </div>

        <div className="min-w-0">
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-sm" data-testid="gan-numbers">
            <dt>{t.stepLabel}</dt>
            <dd className="tabular-nums" data-testid="gan-iteration">{snap ? nf.format(snap.iteration) : '–'}</dd>
            <dt>
              <span style={{ color: COLORS.d }}>▬</span> {t.dLoss}
            </dt>
            <dd className="tabular-nums" data-testid="gan-dloss">{snap ? f3(snap.dLoss) : '–'}</dd>
            <dt>
              <span style={{ color: COLORS.g }}>▬</span> {t.gLoss}
            </dt>
            <dd className="tabular-nums" data-testid="gan-gloss">{snap ? f3(snap.gLoss) : '–'}</dd>
            <dt>{t.divergence}</dt>
            <dd className="tabular-nums" data-testid="gan-divergence">{snap ? f3(snap.divergence) : '–'}</dd>
            {modes !== null ? (
              <>
                <dt>{t.modesLabel}</dt>
                <dd className="tabular-nums" data-testid="gan-modes">{t.modes(modes)}</dd>
              </>
            ) : null}
          </dl>
          <canvas
            ref={chart}
            className="mt-3 block h-44 w-full rounded-md border border-[var(--border)]"
            role="img"
            aria-label={snap ? t.lossChartLabel(f3(snap.dLoss), f3(snap.gLoss), nf.format(snap.iteration)) : t.starting}
            data-testid="gan-loss-chart"
          />
          <p className="mt-1 text-xs" style={{ color: 'var(--muted)' }}>
            <span style={{ color: COLORS.d }}>▬</span> {t.legendD} <span style={{ color: COLORS.g }}>▬</span> {t.legendG}. {t.legendRefs}
          </p>
        </div>
      </div>

      <fieldset className="mt-4 rounded-md border border-[var(--border)] p-3">
        <legend className="px-1 text-sm font-semibold">{t.settings}</legend>
        <div className="grid grid-cols-1 gap-3 text-sm sm:grid-cols-2 lg:grid-cols-3">
          <label className="flex flex-col gap-1">
            <span className="font-medium">{t.dataset}</span>
            <select value={dataset} onChange={(e) => s.set({ data: e.target.value })} className={input} data-testid="gan-dataset">
              {DATASET_NAMES.map((name) => (
                <option key={name} value={name}>
                  {t.datasets[name]}
                </option>
              ))}
            </select>
          </label>
          <label className="flex flex-col gap-1">
            <span className="font-medium">{t.noise}</span>
            <select value={s.values.noise} onChange={(e) => s.set({ noise: Number(e.target.value) })} className={input} data-testid="gan-noise">
              {[1, 2].map((d) => (
                <option key={d} value={d}>
                  {t.noiseOption(d)}
                </option>
              ))}
            </select>
          </label>
          <fieldset className="flex flex-col gap-1">
            <legend className="mb-1 font-medium">{t.lossLegend}</legend>
            {LOSS_TYPES.map((loss) => (
              <label key={loss} className="flex min-h-8 items-center gap-2">
                <input type="radio" name={`${id}-loss`} value={loss} checked={s.values.loss === loss} onChange={() => s.set({ loss })} />
                {t.losses[loss]}
              </label>
            ))}
          </fieldset>
          {numberFields.map((field: NumberField) => {
            const spec = ganSchema[field];
            const bad = s.badField(field);
            return (
              <div key={field} className="flex flex-col gap-1">
                <label htmlFor={`${id}-${field}`} className="font-medium">
                  {t.fields[field]}
                </label>
                <input
                  id={`${id}-${field}`}
                  type="text"
                  inputMode="decimal"
                  value={s.typedValue(field)}
                  onChange={(e) => s.typeField(field, e.target.value)}
                  aria-invalid={bad}
                  aria-describedby={`${id}-${field}-help`}
                  className={input}
                  data-testid={`gan-${field}`}
                />
                <span id={`${id}-${field}-help`} className="text-xs" style={{ color: bad ? 'var(--accent)' : 'var(--muted)' }} role={bad ? 'alert' : undefined}>
                  {bad ? t.badField(t.fields[field], String(spec.min), String(spec.max)) : t.fieldHelp[field]}
                </span>
              </div>
            );
          })}
        </div>
      </fieldset>

      <p className="sr-only" aria-live="polite" data-testid="gan-live">
        {s.playing ? t.running : summary}
      </p>
    </WidgetShell>
  );
}
