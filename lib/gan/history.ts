// A loss history of bounded size for a live chart: each point is the mean over `stride` rounds, and when the
// history is full neighbouring points merge and the stride doubles, so a long run still fits in a few hundred points.

export interface LossHistory {
  maxPoints: number;
  /** Rounds per stored point. */
  stride: number;
  /** The last round each stored point covers. */
  iterations: number[];
  dLoss: number[];
  gLoss: number[];
  /** Rounds collected toward the next point, and their sums. */
  pending: { count: number; d: number; g: number };
}

export function createLossHistory(maxPoints = 256): LossHistory {
  if (!Number.isInteger(maxPoints) || maxPoints < 2 || maxPoints % 2 !== 0 || maxPoints > 100_000) {
    throw new RangeError(`maxPoints must be an even whole number in [2, 100000], got ${String(maxPoints)}`);
  }
  return { maxPoints, stride: 1, iterations: [], dLoss: [], gLoss: [], pending: { count: 0, d: 0, g: 0 } };
}

function halve(xs: number[], pick: (a: number, b: number) => number): number[] {
  const out: number[] = [];
  for (let i = 0; i + 1 < xs.length; i += 2) out.push(pick(xs[i] as number, xs[i + 1] as number));
  return out;
}

/** Adds one round's losses; a non-finite loss throws, so a chart never receives NaN. */
export function pushLoss(h: LossHistory, iteration: number, dLoss: number, gLoss: number): void {
  if (!Number.isFinite(dLoss) || !Number.isFinite(gLoss) || !Number.isFinite(iteration)) {
    throw new RangeError(`losses and iteration must be finite, got ${iteration}, ${dLoss}, ${gLoss}`);
  }
  const p = h.pending;
  p.count += 1;
  p.d += dLoss;
  p.g += gLoss;
  if (p.count < h.stride) return;
  h.iterations.push(iteration);
  h.dLoss.push(p.d / p.count);
  h.gLoss.push(p.g / p.count);
  h.pending = { count: 0, d: 0, g: 0 };
  if (h.iterations.length >= h.maxPoints) {
    h.iterations = halve(h.iterations, (_, b) => b);
    h.dLoss = halve(h.dLoss, (a, b) => (a + b) / 2);
    h.gLoss = halve(h.gLoss, (a, b) => (a + b) / 2);
    h.stride *= 2;
  }
}
