'use client';
// State of the convolution widget: kernel, display, padding, picture and selected pixel in the URL; the
// typed kernel and the drawing as text parameters; the cells being typed (which may be invalid while the
// last good kernel stays in force) and the pixel under the pointer, which only previews a selection.
import { useMemo, useState } from 'react';
import { blankImage, decodeBitmap, encodeBitmap, setPixel } from '@/lib/vision/bitmap';
import { convolve2d, type Kernel, type Padding } from '@/lib/vision/convolution';
import { toUnitRange, type DisplayMode } from '@/lib/vision/display';
import { formatWeight, kernelSum, kernelToParam, parseKernelCells, parseKernelParam, suggestedDisplayMode, type CellProblem } from '@/lib/vision/kernel-input';
import { KERNELS, type KernelName } from '@/lib/vision/kernels';
import { neighbourhood } from '@/lib/vision/neighbourhood';
import { HOUSE_IMAGE } from '@/lib/vision/sample-image';
import { useUrlState } from '../use-url-state';
import { useUrlText } from '../pretraining-shared/use-url-text';
import type { Cell } from './pixel-grid';
import { convolutionSchema, NAMESPACE, PIXELS_PARAM, SIZE, WEIGHTS_PARAM } from './schema';

const isKernelText = (s: string) => parseKernelParam(s) !== null;
const isBitmapText = (s: string) => decodeBitmap(s, SIZE, SIZE) !== null;

export function useConvolutionExplorer() {
  const { values, update, problems, linkToSetting } = useUrlState(NAMESPACE, convolutionSchema);
  const weights = useUrlText(WEIGHTS_PARAM, isKernelText);
  const drawing = useUrlText(PIXELS_PARAM, isBitmapText);
  const [typed, setTyped] = useState<string[] | null>(null);
  const [hover, setHover] = useState<Cell | null>(null);
  const [paintValue, setPaintValue] = useState(0);

  const kernel: Kernel = useMemo(
    () => (values.k === 'custom' ? (weights.value ? (parseKernelParam(weights.value) as number[][]) : KERNELS.identity) : KERNELS[values.k as KernelName]),
    [values.k, weights.value],
  );
  const drawn = values.img === 'drawn';
  const image = useMemo(
    () => (drawn ? (drawing.value ? (decodeBitmap(drawing.value, SIZE, SIZE) as number[][]) : blankImage(SIZE, SIZE)) : HOUSE_IMAGE),
    [drawn, drawing.value],
  );
  const padding = values.pad as Padding;
  const mode: DisplayMode = values.mode === 'auto' ? suggestedDisplayMode(kernel) : (values.mode as DisplayMode);
  const output = useMemo(() => convolve2d(image, kernel, padding), [image, kernel, padding]);
  const shown = useMemo(() => toUnitRange(output, mode), [output, mode]);
  const selected: Cell = hover ?? { x: values.x, y: values.y };
  const numbers = useMemo(() => neighbourhood(image, kernel, selected.x, selected.y, padding), [image, kernel, selected.x, selected.y, padding]);

  const cells = typed ?? kernel.flat().map(formatWeight);
  const parsed = parseKernelCells(cells);
  const cellProblems: { cell: number; problem: CellProblem }[] = parsed.ok ? [] : parsed.problems;

  const set = (patch: Parameters<typeof update>[0]) => weights.keep(() => drawing.keep(() => update(patch)));

  function setDrawing(next: readonly (readonly number[])[]) {
    drawing.set(encodeBitmap(next));
    if (!drawn) set({ img: 'drawn' });
  }

  return {
    kernelChoice: values.k,
    kernel,
    kernelSum: kernelSum(kernel),
    cells,
    cellProblems,
    mode: values.mode,
    resolvedMode: mode,
    padding,
    drawn,
    image,
    shown,
    output,
    selected,
    numbers,
    shownGrey: shown[selected.y]?.[selected.x] ?? 0,
    problems: [...problems.filter((p) => p.param !== WEIGHTS_PARAM && p.param !== PIXELS_PARAM), ...(weights.problem ? [weights.problem] : []), ...(drawing.problem ? [drawing.problem] : [])],
    linkToSetting,
    chooseKernel(choice: string) {
      setTyped(null);
      if (choice === 'custom') {
        weights.set(kernelToParam(kernel));
        set({ k: 'custom' });
      } else {
        weights.set(null);
        set({ k: choice });
      }
    },
    typeCell(i: number, text: string) {
      const next = cells.map((c, j) => (j === i ? text : c));
      setTyped(next);
      const result = parseKernelCells(next);
      if (result.ok) {
        weights.set(kernelToParam(result.kernel));
        set({ k: 'custom' });
      }
    },
    setMode: (m: string) => set({ mode: m }),
    setPadding: (p: string) => set({ pad: p }),
    select(cell: Cell) {
      setHover(null);
      set({ x: cell.x, y: cell.y });
    },
    preview: (cell: Cell | null) => setHover((h) => (h && cell && h.x === cell.x && h.y === cell.y ? h : cell)),
    /** A press paints the opposite of the pixel under it; dragging keeps painting that same value. */
    paint(cell: Cell, dragging: boolean) {
      if (!drawn) return;
      const value = dragging ? paintValue : (image[cell.y]?.[cell.x] ?? 1) < 0.5 ? 1 : 0;
      if (!dragging) setPaintValue(value);
      if ((image[cell.y]?.[cell.x] ?? 1) === value && dragging) return;
      setDrawing(setPixel(image, cell.x, cell.y, value));
    },
    toggle(cell: Cell) {
      if (drawn) setDrawing(setPixel(image, cell.x, cell.y, (image[cell.y]?.[cell.x] ?? 1) < 0.5 ? 1 : 0));
    },
    startDrawing: () => set({ img: 'drawn' }),
    showHouse: () => set({ img: 'house' }),
    clearDrawing: () => drawing.set(null),
  };
}
