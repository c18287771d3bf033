// The timeline's time axis: a piecewise-linear scale that gives the crowded recent years more room, tick
// years that fit the available width, and lanes that keep event markers from overlapping.
import { stageBounds, stages, type Stage } from './timeline';

export type AxisView = Stage | 'all';

export interface Segment {
  stage: Stage;
  /** Years covered, [from, to]. */
  from: number;
  to: number;
  /** Where the segment sits on the axis, as fractions of its width. */
  start: number;
  end: number;
}

/** The early stage starts drawing at 1955: nothing in the timeline is older, and the space is scarce. */
const AXIS_START = 1955;

/**
 * Share of the axis per stage in the overview. Years are not spread evenly: the rapid stage holds most
 * events in under a decade, so it gets half the width. Within a stage the scale is linear.
 */
const overviewWeights: Readonly<Record<Stage, number>> = { early: 0.22, accumulation: 0.26, rapid: 0.52 };

function yearsOf(stage: Stage): { from: number; to: number } {
  const { from, to } = stageBounds[stage];
  return { from: stage === 'early' ? Math.max(from, AXIS_START) : from, to };
}

export function axisSegments(view: AxisView): Segment[] {
  if (view !== 'all') return [{ stage: view, ...yearsOf(view), start: 0, end: 1 }];
  let start = 0;
  return stages.map((stage) => {
    const end = start + overviewWeights[stage];
    const segment = { stage, ...yearsOf(stage), start, end: stage === 'rapid' ? 1 : end };
    start = end;
    return segment;
  });
}

/** Position of a fractional year on the axis, in [0, 1]; years outside the axis are clamped to its ends. */
export function axisPosition(value: number, segments: readonly Segment[]): number {
  if (!Number.isFinite(value)) throw new RangeError(`year must be finite, got ${value}`);
  const first = segments[0];
  const last = segments[segments.length - 1];
  if (!first || !last) throw new RangeError('segments must not be empty');
  if (value <= first.from) return first.start;
  if (value >= last.to) return last.end;
  const seg = segments.find((s) => value >= s.from && value < s.to) ?? last;
  return seg.start + ((value - seg.from) / (seg.to - seg.from)) * (seg.end - seg.start);
}

const tickSteps = [1, 2, 5, 10, 20, 50];

/**
 * Years to label on an axis `widthPx` wide: in each segment the smallest round step whose labels stay at
 * least `minSpacingPx` apart; a tick closer than that to an already chosen one is dropped.
 */
export function axisTicks(segments: readonly Segment[], widthPx: number, minSpacingPx = 44): number[] {
  if (!Number.isFinite(widthPx) || widthPx <= 0) throw new RangeError(`widthPx must be > 0, got ${widthPx}`);
  const ticks: { year: number; x: number }[] = [];
  for (const seg of segments) {
    const pxPerYear = ((seg.end - seg.start) * widthPx) / (seg.to - seg.from);
    const step = tickSteps.find((s) => s * pxPerYear >= minSpacingPx);
    if (step === undefined) continue;
    for (let year = Math.ceil(seg.from / step) * step; year <= seg.to; year += step) {
      const x = axisPosition(year, segments) * widthPx;
      if (ticks.every((t) => Math.abs(t.x - x) >= minSpacingPx)) ticks.push({ year, x });
    }
  }
  return ticks.map((t) => t.year).sort((a, b) => a - b);
}

/**
 * Lane (row) for each marker so that markers in one lane are at least `minGapPx` apart. `xs` must be in
 * ascending order; each marker takes the first lane whose last marker is far enough to the left.
 */
export function packLanes(xs: readonly number[], minGapPx: number): number[] {
  if (!Number.isFinite(minGapPx) || minGapPx < 0) throw new RangeError(`minGapPx must be >= 0, got ${minGapPx}`);
  const laneEnds: number[] = [];
  return xs.map((x, i) => {
    if (!Number.isFinite(x)) throw new RangeError(`xs[${i}] must be finite, got ${x}`);
    if (i > 0 && x < (xs[i - 1] as number)) throw new RangeError('xs must be in ascending order');
    let lane = laneEnds.findIndex((end) => x - end >= minGapPx);
    if (lane === -1) lane = laneEnds.push(x) - 1;
    else laneEnds[lane] = x;
    return lane;
  });
}
