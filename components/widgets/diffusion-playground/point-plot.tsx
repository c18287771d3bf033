'use client';
// A square canvas of 2-D points: the mixture's components as labelled 2σ ellipses, optional trajectories,
// and points coloured by component (or grey). Canvas, not SVG: up to 2,000 points redraw every frame.
import { useEffect, useRef, useSyncExternalStore } from 'react';
import type { Point } from '@/lib/diffusion/mixture';
import { mixture } from './model';
import { PLOT_RADIUS } from './schema';

export const COMPONENT_COLOURS = ['#2563eb', '#d97706', '#16a34a', '#db2777'] as const;
const NEUTRAL = '#64748b';
const SIZE = 640;

/** The page theme, so the canvas (which cannot use CSS variables) redraws its ink when the theme flips. */
function subscribeTheme(onChange: () => void) {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => observer.disconnect();
}
const useTheme = () => useSyncExternalStore(subscribeTheme, () => document.documentElement.dataset.theme ?? '', () => '');

const toPx = (v: number) => ((v + PLOT_RADIUS) / (2 * PLOT_RADIUS)) * SIZE;
const toPy = (v: number) => SIZE - toPx(v);

export function PointPlot({
  points,
  colours,
  trajectories = [],
  labels,
  highlight,
  ariaLabel,
  testId,
}: {
  points: readonly Point[];
  /** Component index per point, or null to draw every point grey. */
  colours: readonly number[] | null;
  trajectories?: readonly (readonly Point[])[];
  /** Display names of the components, in component order. */
  labels: readonly string[];
  /** Component drawn with a thicker outline (the chosen caption). */
  highlight?: number;
  ariaLabel: string;
  testId: string;
}) {
  const ref = useRef<HTMLCanvasElement>(null);
  const theme = useTheme();

  useEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const ink = getComputedStyle(canvas).color || '#111';
    ctx.clearRect(0, 0, SIZE, SIZE);
    ctx.globalAlpha = 1;
    ctx.strokeStyle = ink;
    ctx.globalAlpha = 0.15;
    ctx.lineWidth = 1;
    ctx.beginPath();
    ctx.moveTo(toPx(0), 0);
    ctx.lineTo(toPx(0), SIZE);
    ctx.moveTo(0, toPy(0));
    ctx.lineTo(SIZE, toPy(0));
    ctx.stroke();

    mixture.components.forEach((c, k) => {
      ctx.globalAlpha = 0.9;
      ctx.strokeStyle = COMPONENT_COLOURS[k] ?? NEUTRAL;
      ctx.lineWidth = k === highlight ? 5 : 2;
      ctx.setLineDash(k === highlight ? [] : [8, 6]);
      const rx = (2 * Math.sqrt(c.variance[0]) * SIZE) / (2 * PLOT_RADIUS);
      const ry = (2 * Math.sqrt(c.variance[1]) * SIZE) / (2 * PLOT_RADIUS);
      ctx.beginPath();
      ctx.ellipse(toPx(c.mean[0]), toPy(c.mean[1]), rx, ry, 0, 0, 2 * Math.PI);
      ctx.stroke();
    });
    ctx.setLineDash([]);

    ctx.lineWidth = 1.5;
    ctx.globalAlpha = 0.35;
    ctx.strokeStyle = ink;
    for (const path of trajectories) {
      if (path.length < 2) continue;
      ctx.beginPath();
      path.forEach((p, i) => (i === 0 ? ctx.moveTo(toPx(p[0]), toPy(p[1])) : ctx.lineTo(toPx(p[0]), toPy(p[1]))));
      ctx.stroke();
    }

    ctx.globalAlpha = 0.7;
    points.forEach((p, i) => {
      ctx.fillStyle = colours ? (COMPONENT_COLOURS[colours[i] as number] ?? NEUTRAL) : NEUTRAL;
      ctx.fillRect(toPx(p[0]) - 3, toPy(p[1]) - 3, 6, 6);
    });

    ctx.globalAlpha = 1;
    ctx.font = 'bold 26px system-ui, sans-serif';
    ctx.textAlign = 'center';
    mixture.components.forEach((c, k) => {
      const x = toPx(c.mean[0]);
      const y = toPy(c.mean[1]) - (2 * Math.sqrt(c.variance[1]) * SIZE) / (2 * PLOT_RADIUS) - 10;
      ctx.lineWidth = 6;
      ctx.strokeStyle = getComputedStyle(canvas).backgroundColor || '#fff';
      ctx.fillStyle = COMPONENT_COLOURS[k] ?? NEUTRAL;
      ctx.strokeText(labels[k] ?? c.label, x, y);
      ctx.fillText(labels[k] ?? c.label, x, y);
    });
  }, [points, colours, trajectories, labels, highlight, theme]);

  return (
    <canvas
      ref={ref}
      width={SIZE}
      height={SIZE}
      role="img"
      aria-label={ariaLabel}
      className="aspect-square w-full max-w-80 rounded-md border border-[var(--border)] bg-[var(--bg)] text-[var(--fg)]"
      data-testid={testId}
      data-points={points.length}
    />
  );
}
