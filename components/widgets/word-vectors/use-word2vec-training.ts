'use client';
// Trains word2vec in small time slices (a few milliseconds each, then the page gets the main thread back),
// with play, pause and reset. A new seed or epoch count starts a fresh run that trains by itself; reset
// goes back to the random start and waits for Train.
import { useCallback, useEffect, useRef, useState } from 'react';
import { createWord2Vec, trainChunk, type Word2VecState } from '@/lib/text/word2vec';

const SLICE_MS = 12;
const STEPS_PER_CHECK = 200;
/** Redrawing (neighbours, PCA map) costs more than a slice of training, so the view updates at most this often. */
const PUBLISH_MS = 150;

interface Run {
  readonly model: Word2VecState;
  readonly auto: boolean;
  /** Training time so far; like the model, it changes in place as slices run. */
  readonly clock: { ms: number };
}

export interface TrainingStatus {
  readonly step: number;
  readonly totalSteps: number;
  readonly loss: number | null;
  readonly running: boolean;
  readonly done: boolean;
  /** Milliseconds spent inside training slices so far. */
  readonly ms: number;
}

const idle = (model: Word2VecState): TrainingStatus => ({ step: 0, totalSteps: model.totalSteps, loss: null, running: false, done: false, ms: 0 });

export function useWord2VecTraining(sentences: readonly (readonly string[])[], seed: number, epochs: number) {
  const make = (auto: boolean): Run => ({ model: createWord2Vec(sentences, { seed, epochs }), auto, clock: { ms: 0 } });
  const [run, setRun] = useState<Run>(() => make(true));
  const [status, setStatus] = useState<TrainingStatus>(() => idle(run.model));
  const [inputs, setInputs] = useState({ sentences, seed, epochs });
  const timer = useRef<number | null>(null);

  if (inputs.sentences !== sentences || inputs.seed !== seed || inputs.epochs !== epochs) {
    const next = make(true);
    setInputs({ sentences, seed, epochs });
    setRun(next);
    setStatus(idle(next.model));
  }

  const cancel = useCallback(() => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
  }, []);

  const play = useCallback(() => {
    if (timer.current !== null) return;
    const { model, clock } = run;
    let published = performance.now();
    let lastLoss: number | null = null;
    const slice = () => {
      const started = performance.now();
      let progress = trainChunk(model, STEPS_PER_CHECK);
      let loss = progress.meanLoss;
      while (!progress.done && performance.now() - started < SLICE_MS) {
        progress = trainChunk(model, STEPS_PER_CHECK);
        loss = progress.meanLoss ?? loss;
      }
      const now = performance.now();
      clock.ms += now - started;
      lastLoss = loss ?? lastLoss;
      const done = progress.done;
      timer.current = done ? null : window.setTimeout(slice, 0);
      if (done || now - published >= PUBLISH_MS) {
        const shownLoss = lastLoss;
        const ms = clock.ms;
        published = now;
        setStatus((s) => ({ step: progress.step, totalSteps: progress.totalSteps, loss: shownLoss ?? s.loss, running: !done, done, ms }));
      }
    };
    timer.current = window.setTimeout(slice, 0);
    setStatus((s) => ({ ...s, running: true }));
  }, [run]);

  useEffect(() => {
    if (run.auto) play();
    return cancel;
  }, [run, play, cancel]);

  return {
    model: run.model,
    status,
    play,
    pause() {
      cancel();
      // Slices since the last redraw still count: show where training really stopped.
      const { model, clock } = run;
      setStatus((s) => ({ ...s, step: model.step, running: false, done: model.step >= model.totalSteps, ms: clock.ms }));
    },
    reset() {
      cancel();
      const next = make(false);
      setRun(next);
      setStatus(idle(next.model));
    },
  };
}
