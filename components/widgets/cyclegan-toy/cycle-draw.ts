// Drawing helpers for the CycleGAN toy: arrows between points, and the colours of the two translated clouds.
import type { Surface, planeMap } from '../gan-trainer/draw';

export const CYCLE_COLORS = Object.freeze({ gCloud: 'rgba(234,88,12,0.45)', fCloud: 'rgba(37,99,235,0.45)' });

export function drawArrow(
  s: Surface,
  map: ReturnType<typeof planeMap>,
  from: readonly number[],
  to: readonly number[],
  color: string,
  width: number,
  dash: number[] = [],
): void {
  const x0 = map.x(from[0] as number);
  const y0 = map.y(from[1] as number);
  const x1 = map.x(to[0] as number);
  const y1 = map.y(to[1] as number);
  const { ctx } = s;
  ctx.strokeStyle = color;
  ctx.fillStyle = color;
  ctx.lineWidth = width;
  ctx.setLineDash(dash);
  ctx.beginPath();
  ctx.moveTo(x0, y0);
  ctx.lineTo(x1, y1);
  ctx.stroke();
  ctx.setLineDash([]);
  const len = Math.hypot(x1 - x0, y1 - y0);
  if (len < 6) return;
  const a = Math.atan2(y1 - y0, x1 - x0);
  ctx.beginPath();
  ctx.moveTo(x1, y1);
  ctx.lineTo(x1 - 7 * Math.cos(a - 0.4), y1 - 7 * Math.sin(a - 0.4));
  ctx.lineTo(x1 - 7 * Math.cos(a + 0.4), y1 - 7 * Math.sin(a + 0.4));
  ctx.closePath();
  ctx.fill();
}
