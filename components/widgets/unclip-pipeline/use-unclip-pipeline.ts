'use client';
// State of the unCLIP stepper: stage, caption and prior seed live in the URL; the toy run is recomputed
// from them, so a link to a stage shows the same numbers.
import { useMemo } from 'react';
import { createUnclipWorld, runUnclip, type UnclipCaption } from '@/lib/clip/unclip-toy';
import { useUrlState } from '../use-url-state';
import { NAMESPACE, STAGES, unclipSchema } from './schema';

const world = createUnclipWorld();

export function useUnclipPipeline() {
  const { values, update, problems, linkToSetting } = useUrlState(NAMESPACE, unclipSchema);
  const caption = values.caption as UnclipCaption;
  const run = useMemo(() => runUnclip(world, caption, values.seed), [caption, values.seed]);
  const last = STAGES.length - 1;
  const go = (stage: number) => update({ stage: Math.min(last, Math.max(0, stage)) });

  return {
    stage: values.stage,
    caption,
    seed: values.seed,
    run,
    problems,
    linkToSetting,
    go,
    setCaption: (c: UnclipCaption) => update({ caption: c }),
    anotherDraw: () => update({ seed: values.seed >= unclipSchema.seed.max ? 0 : values.seed + 1 }),
  };
}
