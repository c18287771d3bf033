// The training loop behind the live GAN widgets, written once for the Web Worker and for the main-thread
// fallback: it trains in slices, sends a frame about 30 times a second, and stops cleanly if a run diverges.
import { createLossHistory, pushLoss, type LossHistory } from '@/lib/gan/history';
import { ganSnapshot, snapshotReal, type GanSnapshot } from '@/lib/gan/snapshot';
import { createGan, step, type GanConfig, type GanState } from '@/lib/gan/trainer';

export type EngineCommand = (
  | { type: 'init'; id: number; config: Partial<GanConfig> }
  | { type: 'play'; id: number }
  | { type: 'pause'; id: number }
  | { type: 'step'; id: number; n: number }
  /** Train a fresh run for `steps` rounds, reporting progress, then send its whole state (for the latent walk). */
  | { type: 'train'; id: number; config: Partial<GanConfig>; steps: number }
  /** Send the current run's whole state (for the latent walk, which reads the trainer's generator). */
  | { type: 'export'; id: number }
) & {
  /** The page's count of commands sent; frames echo the last one handled, so stale frames can be told apart. */
  seq?: number;
};

export interface HistoryView {
  iterations: number[];
  dLoss: number[];
  gLoss: number[];
}

export type EngineMessage =
  | { type: 'frame'; id: number; snapshot: GanSnapshot; history: HistoryView; playing: boolean; rate: number | null; ack: number }
  | { type: 'diverged'; id: number; iteration: number }
  | { type: 'error'; id: number; message: string }
  | { type: 'progress'; id: number; done: number; total: number }
  | { type: 'state'; id: number; state: GanState };

/** Time between frames; about 30 a second. */
export const FRAME_MS = 33;
/** Most rounds one "step" command may ask for. */
export const MAX_STEP_COMMAND = 10_000;

export interface Engine {
  handle: (command: EngineCommand) => void;
}

/**
 * `sliceMs` is how long it trains before yielding: a worker can use about one frame's worth, the main thread
 * must use less so the page keeps drawing. `yieldTo` schedules the next slice.
 */
export function createEngine(post: (message: EngineMessage) => void, sliceMs: number, yieldTo: (next: () => void) => void): Engine {
  let id = 0;
  let state: GanState | null = null;
  let real: number[][] = [];
  let history: LossHistory = createLossHistory();
  let playing = false;
  let scheduled = false;
  let lastFrame = 0;
  let rate: number | null = null;
  let rateStart = 0;
  let rateRounds = 0;
  let training: { id: number; steps: number } | null = null;
  let ack = 0;

  const view = (): HistoryView => ({ iterations: history.iterations, dLoss: history.dLoss, gLoss: history.gLoss });

  function frame() {
    if (!state) return;
    lastFrame = performance.now();
    post({ type: 'frame', id, snapshot: ganSnapshot(state, real), history: view(), playing, rate, ack });
  }

  function diverge() {
    playing = false;
    post({ type: 'diverged', id, iteration: state?.iteration ?? 0 });
  }

  /** Runs rounds until the time is up; false when the run produced a non-finite number. */
  function train(until: number, maxRounds: number): number {
    if (!state) return 0;
    let done = 0;
    while (done < maxRounds) {
      const r = step(state);
      if (!Number.isFinite(r.dLoss) || !Number.isFinite(r.gLoss)) return -1;
      pushLoss(history, r.iteration, r.dLoss, r.gLoss);
      done += 1;
      if ((done & 3) === 0 && performance.now() >= until) break;
    }
    return done;
  }

  function loop() {
    scheduled = false;
    if (!playing || !state) return;
    const start = performance.now();
    const done = train(start + sliceMs, Number.POSITIVE_INFINITY);
    try {
      if (done < 0) return diverge();
      rateRounds += done;
      const now = performance.now();
      if (now - rateStart >= 500) {
        rate = (rateRounds * 1000) / (now - rateStart);
        rateStart = now;
        rateRounds = 0;
      }
      if (now - lastFrame >= FRAME_MS) frame();
    } catch {
      // A generator that blew up (non-finite weights) fails the frame's checks: the run has diverged.
      return diverge();
    }
    schedule();
  }

  function schedule() {
    if (scheduled) return;
    scheduled = true;
    yieldTo(loop);
  }

  function trainSlice() {
    if (!training || !state || training.id !== id) return;
    const done = train(performance.now() + sliceMs, training.steps - state.iteration);
    if (done < 0) return diverge();
    if (state.iteration >= training.steps) {
      const finished = state;
      training = null;
      post({ type: 'state', id, state: finished });
      return;
    }
    post({ type: 'progress', id, done: state.iteration, total: training.steps });
    yieldTo(trainSlice);
  }

  function handle(command: EngineCommand) {
    if (command.seq !== undefined) ack = command.seq;
    try {
      switch (command.type) {
        case 'init':
        case 'train': {
          id = command.id;
          state = createGan(command.config);
          real = snapshotReal(state);
          history = createLossHistory();
          rate = null;
          if (command.type === 'train') {
            playing = false;
            training = { id, steps: command.steps };
            yieldTo(trainSlice);
          } else {
            training = null;
            frame();
            if (playing) {
              rateStart = performance.now();
              rateRounds = 0;
              schedule();
            }
          }
          return;
        }
        case 'play':
          if (command.id !== id || !state) return;
          playing = true;
          rateStart = performance.now();
          rateRounds = 0;
          schedule();
          frame();
          return;
        case 'pause':
          if (command.id !== id) return;
          playing = false;
          rate = null;
          frame();
          return;
        case 'export':
          if (command.id !== id || !state || training) return;
          post({ type: 'state', id, state });
          return;
        case 'step': {
          if (command.id !== id || !state) return;
          playing = false;
          rate = null;
          const n = Math.max(1, Math.min(MAX_STEP_COMMAND, Math.floor(command.n)));
          if (train(Number.POSITIVE_INFINITY, n) < 0) return diverge();
          frame();
          return;
        }
      }
    } catch (error) {
      if (state && Number.isFinite(state.dLoss)) post({ type: 'error', id: command.id, message: error instanceof Error ? error.message : String(error) });
      else diverge();
    }
  }

  return { handle };
}
