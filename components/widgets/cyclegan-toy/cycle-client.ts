'use client';
// Starts the CycleGAN engine in a Web Worker, or on the main thread in short slices where workers fail.
import { createCycleEngine, type CycleCommand, type CycleMessage } from './cycle-engine';

export interface CycleClient {
  send: (command: CycleCommand) => void;
  dispose: () => void;
}

export function createCycleClient(onMessage: (message: CycleMessage) => void): CycleClient {
  let disposed = false;
  const receive = (m: CycleMessage) => {
    if (!disposed) onMessage(m);
  };
  let worker: Worker | null = null;
  let local: ReturnType<typeof createCycleEngine> | null = null;
  let lastInit: CycleCommand | null = null;
  const startLocal = () => {
    local = createCycleEngine(receive, 8, (fn) => window.setTimeout(() => !disposed && fn(), 0));
    if (lastInit) local.handle(lastInit);
  };
  try {
    worker = new Worker(new URL('./cycle.worker.ts', import.meta.url));
    worker.onmessage = (event: MessageEvent<CycleMessage>) => receive(event.data);
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
      if (command.type === 'init') lastInit = command;
      if (worker) worker.postMessage(command);
      else local?.handle(command);
    },
    dispose() {
      disposed = true;
      worker?.terminate();
      worker = null;
    },
  };
}
