'use client';
// State of the GAN-INT-CLS stepper: step, captions, β, the INT toggle and the seed live in the URL; the toy
// round is recomputed from them. A wrong caption equal to the right one is replaced by the next caption.
import { useMemo } from 'react';
import { CLS_CAPTIONS, clsRound, type ClsCaption } from '@/lib/gan/text-conditioned';
import { createRng } from '@/lib/math/random';
import { useUrlState } from '../use-url-state';
import { clsSchema, NAMESPACE, STEPS } from './schema';

export function useGanClsStepper() {
  const { values, update, problems, linkToSetting } = useUrlState(NAMESPACE, clsSchema);
  const right = values.right as ClsCaption;
  const clash = values.wrong === right;
  const wrong = clash ? (CLS_CAPTIONS[(CLS_CAPTIONS.indexOf(right) + 1) % CLS_CAPTIONS.length] as ClsCaption) : (values.wrong as ClsCaption);
  const round = useMemo(() => clsRound(right, wrong, values.beta, values.int, createRng(values.seed)), [right, wrong, values.beta, values.int, values.seed]);
  const last = STEPS.length - 1;

  return {
    step: values.step,
    right,
    wrong,
    clash,
    beta: values.beta,
    withInt: values.int,
    seed: values.seed,
    round,
    problems,
    linkToSetting,
    go: (step: number) => update({ step: Math.min(last, Math.max(0, step)) }),
    setRight: (c: ClsCaption) => update({ right: c }),
    setWrong: (c: ClsCaption) => update({ wrong: c }),
    setBeta: (beta: number) => update({ beta }),
    setInt: (int: boolean) => update({ int }),
    newSeed: () => update({ seed: values.seed >= clsSchema.seed.max ? 0 : values.seed + 1 }),
  };
}
