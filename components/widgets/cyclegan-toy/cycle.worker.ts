// Trains the CycleGAN toy off the main thread.
import { createCycleEngine, type CycleCommand } from './cycle-engine';

const channel = new MessageChannel();
let next: (() => void) | null = null;
channel.port1.onmessage = () => {
  const run = next;
  next = null;
  run?.();
};

const engine = createCycleEngine(
  (message) => self.postMessage(message),
  30,
  (fn) => {
    next = fn;
    channel.port2.postMessage(null);
  },
);

self.onmessage = (event: MessageEvent<CycleCommand>) => engine.handle(event.data);
