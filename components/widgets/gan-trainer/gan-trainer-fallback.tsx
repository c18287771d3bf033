// The static trainer: the default GAN (ring of 8 Gaussians, seed 1) at step 0 and after a short run, computed
// by lib/gan when the site is built and drawn as SVG, so the picture and its numbers read without JavaScript.
import { DEFAULT_BOUNDS } from '@/lib/gan/datasets';
import { DEFAULT_SNAPSHOT_OPTIONS, ganSnapshot, snapshotReal, type GanSnapshot } from '@/lib/gan/snapshot';
import { createGan, run } from '@/lib/gan/trainer';
import type { Locale } from '@/lib/i18n/locales';
import { COLORS } from './colors';
import { ganText } from './strings';

export const FALLBACK_STEPS = [0, 2000] as const;
const SIZE = 240;
const POINTS = 150;
const OPTIONS = { ...DEFAULT_SNAPSHOT_OPTIONS, resolution: 20, gridSize: 11 };

interface Panel {
  snapshot: GanSnapshot;
  real: number[][];
}

let cached: Panel[] | null = null;

/** Computed once per build process: both languages and the slides show the same run. */
function panels(): Panel[] {
  if (cached) return cached;
  const state = createGan();
  const real = snapshotReal(state);
  cached = FALLBACK_STEPS.map((n) => {
    run(state, n - state.iteration);
    return { snapshot: ganSnapshot(state, real, OPTIONS), real };
  });
  return cached;
}

const b = DEFAULT_BOUNDS;
const px = (v: number) => Math.round(((v - b.xMin) / (b.xMax - b.xMin)) * SIZE);
const py = (v: number) => Math.round(SIZE - ((v - b.yMin) / (b.yMax - b.yMin)) * SIZE);

function mix(d: number): string {
  const c = (f: number, r: number) => Math.round(f + (r - f) * d);
  return `rgb(${c(124, 5)},${c(58, 150)},${c(237, 105)})`;
}

const LEVELS = 8;

/** Heat-map cells grouped by D rounded to one of LEVELS + 1 shades, one path per shade, to keep the HTML small. */
function heatPaths(heat: readonly number[], resolution: number): { d: number; path: string }[] {
  const cell = Math.round((SIZE / resolution) * 100) / 100;
  const groups = new Map<number, string[]>();
  heat.forEach((d, k) => {
    const level = Math.round(d * LEVELS);
    const i = k % resolution;
    const j = Math.floor(k / resolution);
    const x = Math.round(i * cell * 10) / 10;
    const y = Math.round((resolution - 1 - j) * cell * 10) / 10;
    const list = groups.get(level) ?? [];
    list.push(`M${x} ${y}h${cell}v${cell}h-${cell}z`);
    groups.set(level, list);
  });
  return [...groups.entries()].map(([level, parts]) => ({ d: level / LEVELS, path: parts.join('') }));
}

/** Points as zero-length round-capped strokes in one path. */
const dots = (points: readonly (readonly number[])[]) => points.map((p) => `M${px(p[0] as number)} ${py(p[1] as number)}h0`).join('');

function PanelSvg({ panel, label }: { panel: Panel; label: string }) {
  const { snapshot: s, real } = panel;
  return (
    <svg viewBox={`0 0 ${SIZE} ${SIZE}`} className="block w-full max-w-[240px] rounded-md border border-[var(--border)]" role="img" aria-label={label}>
      {heatPaths(s.heat, s.resolution).map(({ d, path }) => (
        <path key={d} d={path} fill={mix(d)} fillOpacity={Math.round((0.1 + 0.55 * Math.abs(d - 0.5) * 2) * 100) / 100} stroke="none" />
      ))}
      <path
        d={s.lines.map((line) => line.map((p, k) => `${k === 0 ? 'M' : 'L'}${px(p[0] as number)} ${py(p[1] as number)}`).join('')).join('')}
        fill="none"
        stroke={COLORS.grid}
        strokeWidth={0.8}
      />
      <path d={dots(real.slice(0, POINTS))} stroke={COLORS.real} strokeWidth={3.6} strokeLinecap="round" />
      <path d={dots(s.fake.slice(0, POINTS))} stroke={COLORS.fake} strokeWidth={3.6} strokeLinecap="round" />
    </svg>
  );
}

export function GanTrainerFallback({ lang }: { lang: Locale }) {
  const t = ganText[lang];
  const nf = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US');
  return (
    <figure className="rounded-lg border border-[var(--border)] p-3 sm:p-4" data-testid="gan-trainer-fallback">
      <figcaption className="mb-2 font-semibold">{t.fallbackTitle}</figcaption>
      <p className="text-sm" style={{ color: 'var(--muted)' }}>
        {t.fallbackNote}
      </p>
      <div className="mt-3 grid grid-cols-1 gap-4 sm:grid-cols-2">
        {panels().map((panel) => {
          const s = panel.snapshot;
          const numbers = t.fallbackNumbers(s.dLoss.toFixed(3), s.gLoss.toFixed(3), s.divergence.toFixed(3), String(s.modesCovered ?? 0));
          return (
            <div key={s.iteration}>
              <p className="mb-1 text-sm font-medium">{t.fallbackPanel(nf.format(s.iteration))}</p>
              <PanelSvg panel={panel} label={`${t.fallbackPanel(nf.format(s.iteration))}. ${t.planeLabel} ${numbers}`} />
              <p className="mt-1 text-sm">{numbers}</p>
            </div>
          );
        })}
      </div>
      <p className="mt-2 text-xs" style={{ color: 'var(--muted)' }}>
        <span style={{ color: COLORS.real }}>●</span> {t.legendReal} <span style={{ color: COLORS.fake }}>●</span> {t.legendFake}. {t.legendHeat}. {t.legendGrid}.
      </p>
    </figure>
  );
}
