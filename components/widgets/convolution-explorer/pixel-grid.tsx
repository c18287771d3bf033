// A grey picture drawn as an SVG grid of squares, with the selected pixel (and, on the input, the 3×3
// window under the kernel) outlined. Pure markup: the live widget passes handlers, the fallback does not.
import type { KeyboardEvent, PointerEvent } from 'react';

export interface Cell {
  x: number;
  y: number;
}

const grey = (v: number) => {
  const g = Math.round(Math.min(1, Math.max(0, v)) * 255);
  return `rgb(${g},${g},${g})`;
};

/** Neighbouring pixels of one grey level share a rect: the static page carries far less markup. */
function runs(row: readonly number[]): { x: number; width: number; fill: string }[] {
  const out: { x: number; width: number; fill: string }[] = [];
  row.forEach((v, x) => {
    const fill = grey(v);
    const last = out.at(-1);
    if (last && last.fill === fill) last.width += 1;
    else out.push({ x, width: 1, fill });
  });
  return out;
}

export function PixelGrid({
  pixels,
  selected,
  window: radius,
  label,
  testId,
  onCell,
  onLeave,
  onPress,
  onKeyDown,
  paintable = false,
}: {
  /** Grey levels in [0, 1], rows top to bottom. */
  pixels: readonly (readonly number[])[];
  selected: Cell;
  /** Half-width of the outlined window around the selected pixel (1 for a 3×3 kernel, 0 for one pixel). */
  window: number;
  label: string;
  testId: string;
  onCell?: (cell: Cell) => void;
  onLeave?: () => void;
  onPress?: (cell: Cell, dragging: boolean) => void;
  onKeyDown?: (e: KeyboardEvent<SVGSVGElement>) => void;
  /** While drawing, a finger dragging over the grid paints instead of scrolling the page. */
  paintable?: boolean;
}) {
  const height = pixels.length;
  const width = pixels[0]?.length ?? 0;

  const cellAt = (e: PointerEvent<SVGSVGElement>): Cell | null => {
    const box = e.currentTarget.getBoundingClientRect();
    const x = Math.floor(((e.clientX - box.left) / box.width) * width);
    const y = Math.floor(((e.clientY - box.top) / box.height) * height);
    return x >= 0 && x < width && y >= 0 && y < height ? { x, y } : null;
  };

  return (
    <svg
      viewBox={`-0.25 -0.25 ${width + 0.5} ${height + 0.5}`}
      className={`block h-auto w-full select-none rounded-sm ${paintable ? 'touch-none' : ''}`}
      style={{ maxWidth: '16rem', outlineOffset: 2 }}
      role={onKeyDown ? 'application' : 'img'}
      aria-label={label}
      tabIndex={onKeyDown ? 0 : undefined}
      data-testid={testId}
      onPointerMove={
        onCell || onPress
          ? (e) => {
              const cell = cellAt(e);
              if (!cell) return;
              onCell?.(cell);
              if (e.buttons === 1) onPress?.(cell, true);
            }
          : undefined
      }
      onPointerDown={
        onPress
          ? (e) => {
              const cell = cellAt(e);
              if (cell) onPress(cell, false);
            }
          : undefined
      }
      onPointerLeave={onLeave}
      onKeyDown={onKeyDown}
    >
      {pixels.flatMap((row, y) =>
        runs(row).map((run) => (
          <rect key={`${run.x}-${y}`} x={run.x} y={y} width={run.width + 0.02} height={1.02} fill={run.fill} shapeRendering="crispEdges" />
        )),
      )}
      <rect
        x={selected.x - radius}
        y={selected.y - radius}
        width={2 * radius + 1}
        height={2 * radius + 1}
        fill="none"
        stroke="var(--accent)"
        strokeWidth={0.22}
        data-testid={`${testId}-selection`}
        data-x={selected.x}
        data-y={selected.y}
      />
    </svg>
  );
}
