'use client';
// The CycleGAN toy's engine in a Web Worker (or on the main thread where workers fail).
import { createWorkerClient, type WorkerClient } from '../worker/worker-client';
import { createCycleEngine, type CycleCommand, type CycleMessage } from './cycle-engine';

export type CycleClient = WorkerClient<CycleCommand>;

export function createCycleClient(onMessage: (message: CycleMessage) => void): CycleClient {
  return createWorkerClient<CycleCommand, CycleMessage>({
    makeWorker: () => new Worker(new URL('./cycle.worker.ts', import.meta.url)),
    makeEngine: createCycleEngine,
    startsRun: (command) => command.type === 'init',
    onMessage,
  });
}
