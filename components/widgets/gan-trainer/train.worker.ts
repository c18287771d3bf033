// Trains the GAN off the main thread, so the page keeps drawing at full speed while thousands of rounds run.
import { createEngine, type EngineCommand } from './engine';

const channel = new MessageChannel();
let next: (() => void) | null = null;
channel.port1.onmessage = () => {
  const run = next;
  next = null;
  run?.();
};

// A message to itself yields to queued commands (pause, new settings) without setTimeout's 4 ms clamp.
const engine = createEngine(
  (message) => self.postMessage(message),
  30,
  (fn) => {
    next = fn;
    channel.port2.postMessage(null);
  },
);

self.onmessage = (event: MessageEvent<EngineCommand>) => engine.handle(event.data);
