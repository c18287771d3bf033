'use client';
// The GAN trainer's engine in a Web Worker (or on the main thread where workers fail).
import { createWorkerClient, type WorkerClient } from '../worker/worker-client';
import { createEngine, type EngineCommand, type EngineMessage } from './engine';

export type TrainerClient = WorkerClient<EngineCommand>;

export function createTrainerClient(onMessage: (message: EngineMessage) => void): TrainerClient {
  return createWorkerClient<EngineCommand, EngineMessage>({
    makeWorker: () => new Worker(new URL('./train.worker.ts', import.meta.url)),
    makeEngine: createEngine,
    startsRun: (command) => command.type === 'init' || command.type === 'train',
    onMessage,
  });
}
