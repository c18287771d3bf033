'use client';
// Runs a widget's engine in a Web Worker; where workers are unavailable or fail to load, runs the same engine
// on the main thread in short slices instead, replaying the last command that started a run.
export interface SlicedEngine<C> {
  handle: (command: C) => void;
}

/** How an engine is made: where it posts messages, how long a slice runs, and how it yields between slices. */
export type EngineFactory<C, M> = (post: (message: M) => void, sliceMs: number, yieldTo: (next: () => void) => void) => SlicedEngine<C>;

export interface WorkerClient<C> {
  send: (command: C) => void;
  dispose: () => void;
  readonly inWorker: boolean;
}

/** Main-thread slices stay short so input and drawing keep their frames. */
const MAIN_THREAD_SLICE_MS = 8;

export function createWorkerClient<C, M>(options: {
  /** `() => new Worker(new URL('./x.worker.ts', import.meta.url))`, written where the bundler can see it. */
  makeWorker: () => Worker;
  makeEngine: EngineFactory<C, M>;
  /** Commands that (re)start a run; the last one is replayed if the engine moves to the main thread. */
  startsRun: (command: C) => boolean;
  onMessage: (message: M) => void;
}): WorkerClient<C> {
  let disposed = false;
  const receive = (message: M) => {
    if (!disposed) options.onMessage(message);
  };
  let worker: Worker | null = null;
  let local: SlicedEngine<C> | null = null;
  let lastStart: C | null = null;
  const startLocal = () => {
    local = options.makeEngine(receive, MAIN_THREAD_SLICE_MS, (fn) => window.setTimeout(() => !disposed && fn(), 0));
    if (lastStart) local.handle(lastStart);
  };
  try {
    worker = options.makeWorker();
    worker.onmessage = (event: MessageEvent<M>) => receive(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      worker?.terminate();
      worker = null;
      startLocal();
    };
  } catch {
    worker = null;
    startLocal();
  }
  return {
    send(command) {
      if (options.startsRun(command)) lastStart = command;
      if (worker) worker.postMessage(command);
      else local?.handle(command);
    },
    dispose() {
      disposed = true;
      worker?.terminate();
      worker = null;
    },
    get inWorker() {
      return worker !== null;
    },
  };
}
