// Reading a 3×3 kernel the reader types (cell by cell, or as one comma-separated URL value) and writing
// weights back as short text, so typed kernels can be checked, kept in a link and shown again.

import { parseNumber } from '@/lib/url-state';
import type { Kernel } from './convolution';

/** Weights beyond this size are refused: nine of them times a pixel in [0, 1] stay far from overflow. */
export const MAX_WEIGHT = 1000;

export type CellProblem = 'empty' | 'not-a-number' | 'too-large';

export type CellResult = { ok: true; value: number } | { ok: false; problem: CellProblem };

/** One typed weight: a decimal number (`-0.5`, `2e-1`) or a fraction (`1/9`, `-2/16`), at most MAX_WEIGHT in size. */
export function parseWeight(text: string): CellResult {
  const fraction = /^\s*([+-]?\d+(?:\.\d*)?)\s*\/\s*(\d+(?:\.\d*)?)\s*$/.exec(text);
  let value: number;
  if (fraction) {
    const denominator = Number(fraction[2]);
    if (denominator === 0) return { ok: false, problem: 'not-a-number' };
    value = Number(fraction[1]) / denominator;
  } else {
    const parsed = parseNumber(text);
    if (!parsed.ok) return { ok: false, problem: parsed.reason === 'empty' ? 'empty' : parsed.reason === 'not-finite' ? 'too-large' : 'not-a-number' };
    value = parsed.value;
  }
  if (!Number.isFinite(value) || Math.abs(value) > MAX_WEIGHT) return { ok: false, problem: 'too-large' };
  return { ok: true, value: value + 0 };
}

export type KernelParse =
  | { ok: true; kernel: number[][] }
  | { ok: false; problems: { cell: number; problem: CellProblem }[] };

/** Nine typed cells, row by row, as a 3×3 kernel; otherwise every bad cell (0–8) with its problem. */
export function parseKernelCells(cells: readonly string[]): KernelParse {
  if (cells.length !== 9) throw new RangeError(`a 3×3 kernel needs 9 cells, got ${cells.length}`);
  const results = cells.map(parseWeight);
  const problems = results.flatMap((r, cell) => (r.ok ? [] : [{ cell, problem: r.problem }]));
  if (problems.length > 0) return { ok: false, problems };
  const values = results.map((r) => (r.ok ? r.value : 0));
  return { ok: true, kernel: [values.slice(0, 3), values.slice(3, 6), values.slice(6, 9)] };
}

/** A URL value such as `0,-1,0,-1,5,-1,0,-1,0` as a kernel, or null when it is not nine good weights. */
export function parseKernelParam(text: string): number[][] | null {
  const cells = text.split(',');
  if (cells.length !== 9) return null;
  const parsed = parseKernelCells(cells);
  return parsed.ok ? parsed.kernel : null;
}

/**
 * A weight as short text: whole numbers plainly, simple fractions (denominator up to 16) as `a/b`, anything
 * else with at most four significant digits. parseWeight reads every form back (fractions exactly).
 */
export function formatWeight(w: number): string {
  if (Number.isInteger(w)) return String(w + 0);
  for (let d = 2; d <= 16; d++) {
    const n = Math.round(w * d);
    if (n !== 0 && Math.abs(w * d - n) < 1e-9) {
      const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
      if (gcd(Math.abs(n), d) === 1) return `${n}/${d}`;
    }
  }
  return String(Number(w.toPrecision(4)));
}

/** The kernel as nine comma-separated weights, row by row (for the URL). */
export function kernelToParam(kernel: Kernel): string {
  return kernel.flat().map(formatWeight).join(',');
}

/** The sum of all weights: 1 keeps a flat region's brightness, 0 turns flat regions black (edge detectors). */
export function kernelSum(kernel: Kernel): number {
  return kernel.flat().reduce((sum, w) => sum + w, 0);
}

/**
 * The display mode that suits a kernel: weights summing to 0 (edge detectors) give signed outputs around 0,
 * best seen as magnitude; other kernels keep brightness roughly in [0, 1], so clamping shows them faithfully.
 */
export function suggestedDisplayMode(kernel: Kernel): 'magnitude' | 'clamp' {
  return Math.abs(kernelSum(kernel)) < 1e-9 ? 'magnitude' : 'clamp';
}
