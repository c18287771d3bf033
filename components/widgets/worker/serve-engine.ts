// The worker side of createWorkerClient: runs an engine in long slices and answers the page's commands.
import type { EngineFactory } from './worker-client';

/** Worker slices can be long: the page's frames do not wait for them. */
const WORKER_SLICE_MS = 30;

export function serveEngine<C, M>(makeEngine: EngineFactory<C, M>): void {
  const scope = self as unknown as { postMessage: (message: M) => void; onmessage: ((event: MessageEvent<C>) => void) | null };
  const channel = new MessageChannel();
  let next: (() => void) | null = null;
  channel.port1.onmessage = () => {
    const run = next;
    next = null;
    run?.();
  };
  // A message to itself yields to queued commands (pause, new settings) without setTimeout's 4 ms clamp.
  const engine = makeEngine(
    (message) => scope.postMessage(message),
    WORKER_SLICE_MS,
    (fn) => {
      next = fn;
      channel.port2.postMessage(null);
    },
  );
  scope.onmessage = (event) => engine.handle(event.data);
}
