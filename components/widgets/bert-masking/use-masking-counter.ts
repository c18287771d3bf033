'use client';
// Runs many masking draws in small time slices (a few milliseconds each, then the page gets the main
// thread back), with progress and a stop button; starting again after a change begins a fresh count.
import { useCallback, useEffect, useRef, useState } from 'react';
import { createRng } from '@/lib/math/random';
import { EMPTY_MASK_TALLY, simulateMasking, type MaskTally } from '@/lib/text/masking';
import { addTallies } from '@/lib/text/masking-tally';

const SLICE_MS = 8;
const DRAWS_PER_CHECK = 25;

export function useMaskingCounter(tokens: readonly string[], vocabulary: readonly string[], seed: number, total: number) {
  const [tally, setTally] = useState<MaskTally>(EMPTY_MASK_TALLY);
  const [draws, setDraws] = useState(0);
  const [running, setRunning] = useState(false);
  const timer = useRef<number | null>(null);

  const stop = useCallback(() => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
    setRunning(false);
  }, []);

  // A different sentence or seed makes the old count meaningless.
  const [inputs, setInputs] = useState({ tokens, seed });
  if (inputs.tokens !== tokens || inputs.seed !== seed) {
    setInputs({ tokens, seed });
    setTally(EMPTY_MASK_TALLY);
    setDraws(0);
  }
  useEffect(() => stop, [tokens, seed, stop]);

  const start = useCallback(() => {
    stop();
    const rng = createRng(seed);
    let current = EMPTY_MASK_TALLY;
    let done = 0;
    setTally(current);
    setDraws(0);
    setRunning(true);
    const slice = () => {
      const until = performance.now() + SLICE_MS;
      while (done < total && performance.now() < until) {
        const n = Math.min(DRAWS_PER_CHECK, total - done);
        current = addTallies(current, simulateMasking(tokens, vocabulary, rng, n));
        done += n;
      }
      setTally(current);
      setDraws(done);
      if (done < total) timer.current = window.setTimeout(slice, 0);
      else {
        timer.current = null;
        setRunning(false);
      }
    };
    timer.current = window.setTimeout(slice, 0);
  }, [stop, seed, tokens, vocabulary, total]);

  return { tally, draws, total, running, start, stop };
}
