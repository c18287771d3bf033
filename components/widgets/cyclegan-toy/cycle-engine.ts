// The CycleGAN toy's training loop, for its Web Worker and the main-thread fallback: train in slices, send a
// frame about 30 times a second (the marked points' round trips, the translated clouds and the losses).
import { createCycleGan, cycleError, cycleMapping, cycleStep, domainSample, translate, type CycleConfig, type CycleReport, type CycleState } from '@/lib/gan/cyclegan';

export type CycleCommand = (
  | { type: 'init'; id: number; config: Partial<CycleConfig>; probe: [number, number] }
  | { type: 'play'; id: number }
  | { type: 'pause'; id: number }
  | { type: 'step'; id: number; n: number }
  | { type: 'probe'; id: number; probe: [number, number] }
) & {
  /** The page's count of commands sent; frames echo the last one handled, so stale frames can be told apart. */
  seq?: number;
};

export interface CycleFrame {
  iteration: number;
  report: CycleReport | null;
  error: { forward: number; backward: number; total: number };
  /** x → G(x) → F(G(x)) for the marked points of X. */
  chains: { input: number[][]; translated: number[][]; reconstructed: number[][] };
  /** The reader's probe point and its round trip. */
  probe: { input: number[]; translated: number[]; reconstructed: number[] };
  /** G(x) for many points of X and F(y) for many points of Y. */
  gCloud: number[][];
  fCloud: number[][];
}

export type CycleMessage =
  | { type: 'frame'; id: number; frame: CycleFrame; playing: boolean; rate: number | null; ack: number }
  | { type: 'diverged'; id: number; iteration: number }
  | { type: 'error'; id: number; message: string };

export const MARKED = 12;
const CLOUD = 300;
const FRAME_MS = 33;
/** Points of X evenly spaced around the circle, so each chain is easy to follow. */
export function markedPoints(): number[][] {
  return Array.from({ length: MARKED }, (_, k) => {
    const a = (2 * Math.PI * k) / MARKED;
    return [-0.6 + 0.6 * Math.cos(a), 0.6 * Math.sin(a)];
  });
}

export function createCycleEngine(post: (m: CycleMessage) => void, sliceMs: number, yieldTo: (next: () => void) => void) {
  let id = 0;
  let state: CycleState | null = null;
  let report: CycleReport | null = null;
  let probe: [number, number] = [-0.6, 0.6];
  let playing = false;
  let scheduled = false;
  let lastFrame = 0;
  let rate: number | null = null;
  let rateStart = 0;
  let rateRounds = 0;
  let ack = 0;
  const marked = markedPoints();
  const xs = domainSample('x', CLOUD, 11);
  const ys = domainSample('y', CLOUD, 12);

  function frame() {
    if (!state) return;
    lastFrame = performance.now();
    const p = cycleMapping(state, [probe], 'x');
    const f: CycleFrame = {
      iteration: state.iteration,
      report,
      error: cycleError(state, 500),
      chains: cycleMapping(state, marked, 'x'),
      probe: { input: p.input[0] as number[], translated: p.translated[0] as number[], reconstructed: p.reconstructed[0] as number[] },
      gCloud: translate(state, xs, 'x'),
      fCloud: translate(state, ys, 'y'),
    };
    post({ type: 'frame', id, frame: f, playing, rate, ack });
  }

  function diverge() {
    playing = false;
    post({ type: 'diverged', id, iteration: state?.iteration ?? 0 });
  }

  function train(until: number, max: number): boolean {
    if (!state) return true;
    for (let done = 0; done < max; ) {
      const r = cycleStep(state);
      if (![r.cycle, r.gAdversarial, r.fAdversarial, r.dX, r.dY].every(Number.isFinite)) return false;
      report = r;
      done += 1;
      rateRounds += 1;
      if ((done & 3) === 0 && performance.now() >= until) break;
    }
    return true;
  }

  function loop() {
    scheduled = false;
    if (!playing || !state) return;
    try {
      if (!train(performance.now() + sliceMs, Number.POSITIVE_INFINITY)) return diverge();
      const now = performance.now();
      if (now - rateStart >= 500) {
        rate = (rateRounds * 1000) / (now - rateStart);
        rateStart = now;
        rateRounds = 0;
      }
      if (now - lastFrame >= FRAME_MS) frame();
    } catch {
      return diverge();
    }
    schedule();
  }

  function schedule() {
    if (scheduled) return;
    scheduled = true;
    yieldTo(loop);
  }

  function startRate() {
    rateStart = performance.now();
    rateRounds = 0;
  }

  function handle(c: CycleCommand) {
    if (c.seq !== undefined) ack = c.seq;
    try {
      if (c.type === 'init') {
        id = c.id;
        state = createCycleGan(c.config);
        report = null;
        probe = c.probe;
        rate = null;
        frame();
        if (playing) {
          startRate();
          schedule();
        }
        return;
      }
      if (c.id !== id || !state) return;
      if (c.type === 'play') {
        playing = true;
        startRate();
        schedule();
        frame();
      } else if (c.type === 'pause') {
        playing = false;
        rate = null;
        frame();
      } else if (c.type === 'step') {
        playing = false;
        rate = null;
        if (!train(Number.POSITIVE_INFINITY, Math.max(1, Math.min(10_000, Math.floor(c.n))))) return diverge();
        frame();
      } else if (c.type === 'probe') {
        probe = c.probe;
        if (!playing) frame();
      }
    } catch (error) {
      post({ type: 'error', id, message: error instanceof Error ? error.message : String(error) });
    }
  }

  return { handle };
}
