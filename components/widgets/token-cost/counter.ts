'use client';
// Starts counting jobs in a Web Worker; where workers are unavailable, runs the same job on the main
// thread in short slices, loading the tokenizer only then.
import { runCount, type CountMessage } from './count-job';

export interface Counter {
  count: (id: number, text: string) => void;
  dispose: () => void;
}

export function createCounter(onMessage: (message: CountMessage) => void): Counter {
  let latest = 0;
  let worker: Worker | null = null;
  let pendingText = '';

  const onMainThread = (id: number, text: string) => {
    import('gpt-tokenizer/encoding/r50k_base')
      .then(({ countTokens }) => {
        const options = { disallowedSpecial: new Set<string>() };
        return runCount(id, text, (chunk) => countTokens(chunk, options), () => latest === id, onMessage);
      })
      .catch((error: unknown) => onMessage({ id, type: 'error', message: String(error) }));
  };

  try {
    worker = new Worker(new URL('./count.worker.ts', import.meta.url));
    worker.onmessage = (event: MessageEvent<CountMessage>) => onMessage(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      worker?.terminate();
      worker = null;
      onMainThread(latest, pendingText);
    };
  } catch {
    worker = null;
  }

  return {
    count(id, text) {
      latest = id;
      pendingText = text;
      if (worker) worker.postMessage({ id, text });
      else onMainThread(id, text);
    },
    dispose() {
      worker?.terminate();
      worker = null;
      latest = -1;
    },
  };
}
