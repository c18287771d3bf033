'use client';
// Starts the training engine in a Web Worker; where workers are unavailable, runs it on the main thread in
// short slices instead.
import { createEngine, type EngineCommand, type EngineMessage } from './engine';

export interface TrainerClient {
  send: (command: EngineCommand) => void;
  dispose: () => void;
  inWorker: boolean;
}

export function createTrainerClient(onMessage: (message: EngineMessage) => void): TrainerClient {
  let disposed = false;
  const receive = (message: EngineMessage) => {
    if (!disposed) onMessage(message);
  };
  let worker: Worker | null = null;
  let local: ReturnType<typeof createEngine> | null = null;
  // The last command that started a run, replayed on the main thread if the worker fails to load.
  let lastStart: EngineCommand | null = null;
  const startLocal = () => {
    local = createEngine(receive, 8, (fn) => window.setTimeout(() => !disposed && fn(), 0));
    if (lastStart) local.handle(lastStart);
  };
  try {
    worker = new Worker(new URL('./train.worker.ts', import.meta.url));
    worker.onmessage = (event: MessageEvent<EngineMessage>) => receive(event.data);
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
      if (command.type === 'init' || command.type === 'train') lastStart = command;
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
