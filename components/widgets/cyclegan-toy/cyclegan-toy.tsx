'use client';
// The CycleGAN toy: G: X→Y and F: Y→X (small MLPs from lib/gan) trained live in a Web Worker with
// least-squares adversarial losses + λ × the L1 cycle loss; the plane shows x → G(x) → F(G(x)).
import { useEffect, useId, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { drawPoints, planeMap, surface, themeColor, type Surface } from '../gan-trainer/draw';
import { WidgetShell } from '../widget-shell';
import { CYCLE_COLORS, drawArrow } from './cycle-draw';
import { CYCLE_BOUNDS, MAX_LAMBDA } from './schema';
import { cycleText } from './strings';
import { useCycleGanToy } from './use-cyclegan-toy';

export default function CycleGanToy({ lang }: { lang: Locale }) {
  const t = cycleText[lang];
  const id = useId();
  const s = useCycleGanToy();
  const plane = useRef<HTMLCanvasElement>(null);
  const [tick, setTick] = useState(0);
  const [probe, setProbe] = useState<[number, number]>([-0.6, 0.6]);
  const nf = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US', { maximumFractionDigits: 0 });
  const f3 = (v: number) => (Number.isFinite(v) ? v.toFixed(3) : '–');
  const f2 = (v: number) => (Math.abs(v) < 0.005 ? 0 : v).toFixed(2);
  const pair = (p: readonly number[]) => `(${f2(p[0] as number)}, ${f2(p[1] as number)})`;
  const fr = s.frame?.frame ?? null;

  useEffect(() => {
    const el = plane.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(() => setTick((n) => n + 1));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  useEffect(() => {
    const canvas = plane.current;
    if (!canvas) return;
    const srf: Surface | null = surface(canvas);
    if (!srf || !fr) return;
    const map = planeMap(CYCLE_BOUNDS, srf.width, srf.height);
    const fg = themeColor(canvas, '--fg', '#0f172a');
    drawPoints(srf, fr.fCloud, map, CYCLE_COLORS.fCloud, 1.5);
    drawPoints(srf, fr.gCloud, map, CYCLE_COLORS.gCloud, 1.5);
    const chain = (x: number[], gx: number[], back: number[], color: string, width: number) => {
      drawArrow(srf, map, x, gx, color, width);
      drawArrow(srf, map, gx, back, color, width, [4, 3]);
      srf.ctx.strokeStyle = color;
      srf.ctx.lineWidth = width;
      srf.ctx.beginPath();
      srf.ctx.arc(map.x(back[0] as number), map.y(back[1] as number), 5, 0, 2 * Math.PI);
      srf.ctx.stroke();
      drawPoints(srf, [x], map, color, 3.5);
    };
    fr.chains.input.forEach((x, k) => {
      chain(x, fr.chains.translated[k] as number[], fr.chains.reconstructed[k] as number[], `hsl(${Math.round((360 * k) / fr.chains.input.length)} 65% 42%)`, 1.2);
    });
    chain(fr.probe.input, fr.probe.translated, fr.probe.reconstructed, fg, 2.2);
  }, [fr, tick]);

  function move(p: [number, number]) {
    const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, Math.round(v * 100) / 100));
    const next: [number, number] = [clamp(p[0], CYCLE_BOUNDS.xMin, CYCLE_BOUNDS.xMax), clamp(p[1], CYCLE_BOUNDS.yMin, CYCLE_BOUNDS.yMax)];
    setProbe(next);
    s.moveProbe(next);
  }

  function onClick(e: MouseEvent<HTMLCanvasElement>) {
    const rect = e.currentTarget.getBoundingClientRect();
    move(planeMap(CYCLE_BOUNDS, rect.width, rect.height).toData(e.clientX - rect.left, e.clientY - rect.top));
  }

  function onKey(e: KeyboardEvent<HTMLCanvasElement>) {
    const d = e.shiftKey ? 0.25 : 0.05;
    const moves: Record<string, [number, number]> = { ArrowLeft: [-d, 0], ArrowRight: [d, 0], ArrowUp: [0, d], ArrowDown: [0, -d] };
    const m = moves[e.key];
    if (!m) return;
    e.preventDefault();
    move([probe[0] + m[0], probe[1] + m[1]]);
  }

  const btn = 'min-h-10 rounded-md border border-[var(--border)] px-3 hover:bg-[var(--surface)] disabled:opacity-50';
  const input = 'min-h-10 w-28 rounded-md border border-[var(--border)] bg-[var(--bg)] px-2';
  const blocked = s.diverged !== null;
  const summary = fr && fr.report ? t.summary(nf.format(fr.iteration), f3(fr.error.total), f3(fr.report.gAdversarial), f3(fr.report.fAdversarial)) : fr ? t.summary('0', f3(fr.error.total), '–', '–') : '';

  return (
    <WidgetShell
      title={t.title}
      problems={s.problems}
      labels={{ copySettingLink: t.copySettingLink, settingLinkCopied: t.settingLinkCopied, ignoredParam: t.ignoredParam }}
      link={() => s.linkToSetting('cyclegan')}
      testId="cyclegan-toy"
    >
      <div className="flex flex-wrap items-center gap-2" data-testid="cycle-controls" data-engine={s.engineState}>
        {s.playing ? (
          <button type="button" className={btn} onClick={s.pause} data-testid="cycle-pause">
            {t.pause}
          </button>
        ) : (
          <button type="button" className={btn} onClick={s.play} disabled={blocked} data-testid="cycle-play">
            {t.play}
          </button>
        )}
        <button type="button" className={btn} onClick={() => s.step(100)} disabled={blocked} data-testid="cycle-step100">
          {t.step100}
        </button>
        <button type="button" className={btn} onClick={s.reset} data-testid="cycle-reset">
          {t.reset}
        </button>
        <span className="text-sm" data-testid="cycle-rate">
          {t.rate}: {s.playing && s.frame?.rate != null ? nf.format(s.frame.rate) : t.rateIdle}
        </span>
      </div>
      {s.diverged !== null ? (
        <p role="alert" className="mt-2 text-sm font-medium" style={{ color: 'var(--accent)' }}>
          {t.diverged(nf.format(s.diverged))}
        </p>
      ) : null}

      <div className="mt-3 flex flex-wrap items-start gap-x-6 gap-y-3 text-sm">
        {(['lambda', 'seed'] as const).map((field) => (
          <div key={field} className="flex flex-col gap-1">
            <label htmlFor={`${id}-${field}`} className="font-medium">
              {field === 'lambda' ? t.lambda : t.seed}
            </label>
            <input
              id={`${id}-${field}`}
              type="text"
              inputMode="decimal"
              value={s.typedValue(field)}
              onChange={(e) => s.typeField(field, e.target.value)}
              aria-invalid={s.badField(field)}
              aria-describedby={`${id}-${field}-help`}
              className={input}
              data-testid={`cycle-${field}`}
            />
            <span id={`${id}-${field}-help`} className="max-w-72 text-xs" role={s.badField(field) ? 'alert' : undefined} style={{ color: s.badField(field) ? 'var(--accent)' : 'var(--muted)' }}>
              {s.badField(field) ? (field === 'lambda' ? t.badLambda(MAX_LAMBDA) : t.badSeed) : field === 'lambda' ? t.lambdaHelp : ''}
            </span>
          </div>
        ))}
        <div className="flex flex-col gap-1">
          <span className="font-medium">{t.lambdaPresets}</span>
          <div className="flex gap-2">
            {[0, 1, 10].map((v) => (
              <button key={v} type="button" className={btn} onClick={() => s.setLambda(v)} aria-pressed={s.values.lambda === v} data-testid={`cycle-lambda-${v}`}>
                λ = {v}
              </button>
            ))}
          </div>
        </div>
      </div>
      {s.reduced ? <p className="mt-2 text-sm" style={{ color: 'var(--muted)' }}>{t.reducedMotion}</p> : null}

      <div className="mt-3 grid grid-cols-1 gap-4 md:grid-cols-[3fr_2fr]">
        <div className="min-w-0">
          <canvas
            ref={plane}
            className="block aspect-[3/2] w-full max-w-[540px] cursor-crosshair rounded-md border border-[var(--border)]"
            role="application"
            aria-label={t.planeLabel}
            aria-describedby={`${id}-keys`}
            tabIndex={0}
            onClick={onClick}
            onKeyDown={onKey}
            data-testid="cycle-plane"
          />
          <p id={`${id}-keys`} className="mt-1 text-xs" style={{ color: 'var(--muted)' }}>
            {t.probeKeys}
          </p>
          <ul className="mt-1 space-y-0.5 text-xs" style={{ color: 'var(--muted)' }}>
            <li>
              <span style={{ color: CYCLE_COLORS.gCloud }}>●</span> {t.legendG} <span style={{ color: CYCLE_COLORS.fCloud }}>●</span> {t.legendF}
            </li>
            <li>{t.legendChain}</li>
          </ul>
        </div>
        <div className="min-w-0 text-sm">
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5" data-testid="cycle-numbers">
            <dt>{t.stepLabel}</dt>
            <dd className="tabular-nums" data-testid="cycle-iteration">{fr ? nf.format(fr.iteration) : '–'}</dd>
            <dt className="font-semibold">{t.cycleLoss}</dt>
            <dd className="font-semibold tabular-nums" data-testid="cycle-loss">{fr ? f3(fr.error.total) : '–'}</dd>
            <dt className="ps-3">{t.forward}</dt>
            <dd className="tabular-nums" data-testid="cycle-forward">{fr ? f3(fr.error.forward) : '–'}</dd>
            <dt className="ps-3">{t.backward}</dt>
            <dd className="tabular-nums" data-testid="cycle-backward">{fr ? f3(fr.error.backward) : '–'}</dd>
            <dt>{t.gAdv}</dt>
            <dd className="tabular-nums" data-testid="cycle-gadv">{fr?.report ? f3(fr.report.gAdversarial) : '–'}</dd>
            <dt>{t.fAdv}</dt>
            <dd className="tabular-nums" data-testid="cycle-fadv">{fr?.report ? f3(fr.report.fAdversarial) : '–'}</dd>
          </dl>
          <p className="mt-2 tabular-nums" data-testid="cycle-probe">
            {fr ? t.probe(pair(fr.probe.input), pair(fr.probe.translated), pair(fr.probe.reconstructed)) : ''}
          </p>
        </div>
      </div>
      <p className="sr-only" aria-live="polite" data-testid="cycle-live">
        {s.playing ? t.running : summary}
      </p>
    </WidgetShell>
  );
}
