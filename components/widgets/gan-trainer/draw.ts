// Canvas drawing for the GAN widgets: the data plane (D's heat map, real and generated points, G's warped noise
// grid) and the loss chart. Pure drawing: every number comes in from lib/gan via a frame.
import type { Bounds } from '@/lib/gan/datasets';
import type { HistoryView } from './engine';

import { COLORS } from './colors';

export { COLORS };

/** D = 0 (sure it is fake) → violet, D = 1 (sure it is real) → green, both faint so points stay visible. */
const FAKE_RGB = [124, 58, 237] as const;
const REAL_RGB = [5, 150, 105] as const;

export interface Surface {
  ctx: CanvasRenderingContext2D;
  width: number;
  height: number;
}

/** Sizes the canvas's backing store to its CSS size × devicePixelRatio and returns a context in CSS pixels. */
export function surface(canvas: HTMLCanvasElement): Surface | null {
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  const width = canvas.clientWidth || 300;
  const height = canvas.clientHeight || width;
  const dpr = Math.min(2, window.devicePixelRatio || 1);
  if (canvas.width !== Math.round(width * dpr) || canvas.height !== Math.round(height * dpr)) {
    canvas.width = Math.round(width * dpr);
    canvas.height = Math.round(height * dpr);
  }
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, width, height);
  return { ctx, width, height };
}

export function themeColor(el: Element, name: string, fallback: string): string {
  const v = getComputedStyle(el).getPropertyValue(name).trim();
  return v || fallback;
}

/** Maps data coordinates to canvas pixels (y up) and back. */
export function planeMap(bounds: Bounds, width: number, height: number) {
  const sx = width / (bounds.xMax - bounds.xMin);
  const sy = height / (bounds.yMax - bounds.yMin);
  return {
    x: (v: number) => (v - bounds.xMin) * sx,
    y: (v: number) => height - (v - bounds.yMin) * sy,
    toData: (px: number, py: number): [number, number] => [bounds.xMin + px / sx, bounds.yMin + (height - py) / sy],
  };
}

let heatCanvas: HTMLCanvasElement | null = null;

/** D(x) over the plane as an image of `resolution`² cells, scaled up smoothly. */
export function drawHeat(s: Surface, heat: readonly number[], resolution: number): void {
  heatCanvas ??= document.createElement('canvas');
  heatCanvas.width = resolution;
  heatCanvas.height = resolution;
  const hctx = heatCanvas.getContext('2d');
  if (!hctx) return;
  const img = hctx.createImageData(resolution, resolution);
  for (let j = 0; j < resolution; j++) {
    for (let i = 0; i < resolution; i++) {
      const d = heat[j * resolution + i] ?? 0.5;
      // Row j of the heat map is the j-th row up from yMin; image rows run down.
      const o = 4 * ((resolution - 1 - j) * resolution + i);
      img.data[o] = FAKE_RGB[0] + (REAL_RGB[0] - FAKE_RGB[0]) * d;
      img.data[o + 1] = FAKE_RGB[1] + (REAL_RGB[1] - FAKE_RGB[1]) * d;
      img.data[o + 2] = FAKE_RGB[2] + (REAL_RGB[2] - FAKE_RGB[2]) * d;
      // Strongest where D is sure either way, clear where D = 1/2.
      img.data[o + 3] = 25 + 140 * Math.abs(d - 0.5) * 2;
    }
  }
  hctx.putImageData(img, 0, 0);
  s.ctx.imageSmoothingEnabled = true;
  s.ctx.drawImage(heatCanvas, 0, 0, s.width, s.height);
}

/** Points as small squares: much cheaper than arcs when a thousand are redrawn 30 times a second. */
export function drawPoints(s: Surface, points: readonly (readonly number[])[], map: ReturnType<typeof planeMap>, color: string, r: number): void {
  s.ctx.fillStyle = color;
  const d = 2 * r;
  for (const p of points) s.ctx.fillRect(map.x(p[0] as number) - r, map.y(p[1] as number) - r, d, d);
}

export function drawLines(s: Surface, lines: readonly (readonly (readonly number[])[])[], map: ReturnType<typeof planeMap>, color: string): void {
  s.ctx.strokeStyle = color;
  s.ctx.lineWidth = 1;
  s.ctx.beginPath();
  for (const line of lines) {
    line.forEach((p, k) => {
      const x = map.x(p[0] as number);
      const y = map.y(p[1] as number);
      if (k === 0) s.ctx.moveTo(x, y);
      else s.ctx.lineTo(x, y);
    });
  }
  s.ctx.stroke();
}

export function drawAxes(s: Surface, map: ReturnType<typeof planeMap>, color: string): void {
  s.ctx.strokeStyle = color;
  s.ctx.lineWidth = 1;
  s.ctx.setLineDash([2, 3]);
  s.ctx.beginPath();
  s.ctx.moveTo(map.x(0), 0);
  s.ctx.lineTo(map.x(0), s.height);
  s.ctx.moveTo(0, map.y(0));
  s.ctx.lineTo(s.width, map.y(0));
  s.ctx.stroke();
  s.ctx.setLineDash([]);
}

/**
 * 1-D data: D(x) as a curve over the x range (0 at the bottom, 1 at the top), histograms of real and generated
 * points as step lines, and G's image of the noise grid as a rug of ticks along the bottom.
 */
export function drawLine1d(
  s: Surface,
  bounds: Bounds,
  heat: readonly number[],
  real: readonly (readonly number[])[],
  fake: readonly (readonly number[])[],
  rug: readonly number[],
  fg: string,
): void {
  const { ctx, width, height } = s;
  const x = (v: number) => ((v - bounds.xMin) / (bounds.xMax - bounds.xMin)) * width;
  const bins = 40;
  const hist = (pts: readonly (readonly number[])[]) => {
    const c = new Array<number>(bins).fill(0);
    for (const p of pts) {
      const k = Math.floor((((p[0] as number) - bounds.xMin) / (bounds.xMax - bounds.xMin)) * bins);
      if (k >= 0 && k < bins) c[k] = (c[k] as number) + 1;
    }
    return c.map((v) => v / Math.max(1, pts.length));
  };
  const hr = hist(real);
  const hf = hist(fake);
  const top = Math.max(0.05, ...hr, ...hf);
  const plotH = height - 24;
  const stepLine = (h: number[], color: string) => {
    ctx.strokeStyle = color;
    ctx.lineWidth = 2;
    ctx.beginPath();
    h.forEach((v, k) => {
      const y = plotH - (v / top) * plotH * 0.9;
      const x0 = (k / bins) * width;
      const x1 = ((k + 1) / bins) * width;
      if (k === 0) ctx.moveTo(x0, y);
      else ctx.lineTo(x0, y);
      ctx.lineTo(x1, y);
    });
    ctx.stroke();
  };
  stepLine(hr, COLORS.real);
  stepLine(hf, COLORS.fake);
  ctx.strokeStyle = fg;
  ctx.setLineDash([5, 3]);
  ctx.lineWidth = 1.5;
  ctx.beginPath();
  heat.forEach((d, i) => {
    const px = ((i + 0.5) / heat.length) * width;
    const py = plotH - d * plotH;
    if (i === 0) ctx.moveTo(px, py);
    else ctx.lineTo(px, py);
  });
  ctx.stroke();
  ctx.setLineDash([]);
  ctx.strokeStyle = COLORS.fake;
  ctx.lineWidth = 1;
  ctx.beginPath();
  for (const v of rug) {
    ctx.moveTo(x(v), height - 18);
    ctx.lineTo(x(v), height - 4);
  }
  ctx.stroke();
}

/** The loss chart: D's and G's loss against the step, with dashed reference lines at log 4 and log 2. */
export function drawLosses(s: Surface, history: HistoryView, muted: string): void {
  const { ctx, width, height } = s;
  const pad = { l: 36, r: 8, t: 8, b: 20 };
  const n = history.iterations.length;
  const all = [...history.dLoss, ...history.gLoss, Math.log(4), 0];
  const lo = Math.floor(Math.min(...all) * 2) / 2;
  const hi = Math.ceil(Math.max(...all) * 2) / 2;
  const last = n > 0 ? (history.iterations[n - 1] as number) : 1;
  const px = (it: number) => pad.l + (it / Math.max(1, last)) * (width - pad.l - pad.r);
  const py = (v: number) => pad.t + ((hi - v) / Math.max(1e-9, hi - lo)) * (height - pad.t - pad.b);
  ctx.font = '11px system-ui, sans-serif';
  ctx.fillStyle = muted;
  ctx.strokeStyle = muted;
  ctx.lineWidth = 1;
  ctx.beginPath();
  ctx.moveTo(pad.l, pad.t);
  ctx.lineTo(pad.l, height - pad.b);
  ctx.lineTo(width - pad.r, height - pad.b);
  ctx.stroke();
  ctx.textAlign = 'right';
  ctx.textBaseline = 'middle';
  for (let v = lo; v <= hi + 1e-9; v += hi - lo > 3 ? 1 : 0.5) ctx.fillText(v.toFixed(1), pad.l - 4, py(v));
  ctx.textAlign = 'left';
  ctx.textBaseline = 'alphabetic';
  ctx.fillText('0', pad.l, height - 4);
  ctx.textAlign = 'right';
  ctx.fillText(last.toLocaleString('en-US'), width - pad.r, height - 4);
  ctx.setLineDash([4, 4]);
  ctx.beginPath();
  for (const ref of [Math.log(4), Math.LN2]) {
    ctx.moveTo(pad.l, py(ref));
    ctx.lineTo(width - pad.r, py(ref));
  }
  ctx.stroke();
  ctx.setLineDash([]);
  const series = (ys: readonly number[], color: string) => {
    ctx.strokeStyle = color;
    ctx.lineWidth = 1.5;
    ctx.beginPath();
    ys.forEach((v, k) => {
      const x = px(history.iterations[k] as number);
      if (k === 0) ctx.moveTo(x, py(v));
      else ctx.lineTo(x, py(v));
    });
    ctx.stroke();
  };
  series(history.dLoss, COLORS.d);
  series(history.gLoss, COLORS.g);
}

/**
 * Arrows from generated points along the generator loss's push. Length grows with the push's size and levels
 * off (0.3 × tanh(|push| / 4) data units), so strong and weak pushes can be compared across frames.
 */
export function drawPush(s: Surface, points: readonly (readonly number[])[], push: readonly (readonly number[])[], map: ReturnType<typeof planeMap>, color: string): void {
  const { ctx } = s;
  ctx.strokeStyle = color;
  ctx.lineWidth = 1;
  ctx.beginPath();
  push.forEach((g, k) => {
    const p = points[k];
    if (!p) return;
    const gx = g[0] as number;
    const gy = g[1] as number;
    const size = Math.hypot(gx, gy);
    if (!(size > 1e-9)) return;
    const len = 0.3 * Math.tanh(size / 4);
    const x0 = map.x(p[0] as number);
    const y0 = map.y(p[1] as number);
    const x1 = map.x((p[0] as number) + (len * gx) / size);
    const y1 = map.y((p[1] as number) + (len * gy) / size);
    ctx.moveTo(x0, y0);
    ctx.lineTo(x1, y1);
    const a = Math.atan2(y1 - y0, x1 - x0);
    if (Math.hypot(x1 - x0, y1 - y0) > 5) {
      ctx.moveTo(x1, y1);
      ctx.lineTo(x1 - 4 * Math.cos(a - 0.5), y1 - 4 * Math.sin(a - 0.5));
      ctx.moveTo(x1, y1);
      ctx.lineTo(x1 - 4 * Math.cos(a + 0.5), y1 - 4 * Math.sin(a + 0.5));
    }
  });
  ctx.stroke();
}
