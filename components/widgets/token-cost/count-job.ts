// One counting job: plan the chunks, count them one by one and report progress, yielding between chunks
// so a newer job (or, on the main thread, the page) can get in. Used by the worker and by the fallback.
import { countCharacters } from '@/lib/pricing/cost';
import { planChunks } from '@/lib/pricing/token-chunks';

export type CountMessage =
  | { id: number; type: 'progress'; fraction: number }
  | { id: number; type: 'result'; tokens: number; exact: boolean; longestCut: number; characters: number }
  | { id: number; type: 'error'; message: string };

/** Time to count before yielding, in milliseconds. */
const SLICE_MS = 12;

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function runCount(
  id: number,
  text: string,
  count: (chunk: string) => number,
  isCurrent: () => boolean,
  report: (message: CountMessage) => void,
): Promise<void> {
  try {
    const plan = planChunks(text);
    const total = Math.max(1, text.length);
    let tokens = 0;
    let done = 0;
    let sliceStart = performance.now();
    for (const chunk of plan.chunks) {
      tokens += count(chunk);
      done += chunk.length;
      if (performance.now() - sliceStart > SLICE_MS) {
        report({ id, type: 'progress', fraction: done / total });
        await pause();
        if (!isCurrent()) return;
        sliceStart = performance.now();
      }
    }
    report({ id, type: 'result', tokens, exact: plan.exact, longestCut: plan.longestCut, characters: countCharacters(text) });
  } catch (error) {
    report({ id, type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
}
