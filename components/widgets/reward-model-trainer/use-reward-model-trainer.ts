'use client';
// State of the reward-model widget: K, steps and learning rate in the URL, the ranking as letters
// (`rm.order`), a typed learning rate that may be invalid, and a replay of training. Everything shown is
// recomputed from these by lib/rlhf, from zero weights, so a link reproduces it exactly.
import { useEffect, useMemo, useRef, useState } from 'react';
import { answerFeatures } from '@/content/data/chatgpt/reward-answers';
import { checkPairs, formatRanking, identityRanking, moveInRanking, placesByScore, resizeRanking } from '@/lib/rlhf/ranking';
import { createRewardModel, trainRewardModel } from '@/lib/rlhf/reward-model';
import { useUrlState } from '../use-url-state';
import { useUrlText } from '../pretraining-shared/use-url-text';
import { useReducedMotion } from '../chatgpt-shared/use-reduced-motion';
import { useTypedNumber } from '../chatgpt-shared/use-typed-number';
import { NAMESPACE, ORDER_PARAM, parseOrder, rewardModelSchema } from './schema';

/** How long a replay takes, whatever the frame rate. */
const REPLAY_MS = 1500;

export function useRewardModelTrainer() {
  const { values, update, problems, linkToSetting } = useUrlState(NAMESPACE, rewardModelSchema);
  const order = useUrlText(ORDER_PARAM, (text) => parseOrder(text) !== null);
  const reduced = useReducedMotion();
  const [replayAt, setReplayAt] = useState<number | null>(null);
  const frame = useRef<number | null>(null);

  const ranking = useMemo(() => (order.value ? (parseOrder(order.value) as number[]) : identityRanking(values.k)), [order.value, values.k]);
  const k = ranking.length;
  const answers = useMemo(() => answerFeatures.slice(0, k) as number[][], [k]);
  const shownSteps = replayAt ?? values.steps;
  const training = useMemo(
    () => trainRewardModel(createRewardModel(answers[0]?.length ?? 1), answers, ranking, shownSteps, values.lr),
    [answers, ranking, shownSteps, values.lr],
  );
  const check = useMemo(() => checkPairs(ranking, training.scores), [ranking, training.scores]);
  const modelPlaces = useMemo(() => placesByScore(training.scores), [training.scores]);

  const stopReplay = () => {
    if (frame.current !== null) cancelAnimationFrame(frame.current);
    frame.current = null;
    setReplayAt(null);
  };
  useEffect(() => () => {
    if (frame.current !== null) cancelAnimationFrame(frame.current);
  }, []);

  const set = (patch: Parameters<typeof update>[0]) => {
    stopReplay();
    order.keep(() => update(patch));
  };
  const lr = useTypedNumber(values.lr, rewardModelSchema.lr.min, rewardModelSchema.lr.max, (x) => set({ lr: x }));
  const [announcement, setAnnouncement] = useState('');

  function writeRanking(next: readonly number[]) {
    stopReplay();
    const identity = next.every((v, i) => v === i);
    // The order carries K; keep rm.k in step so a link read by either parameter agrees.
    if (next.length !== values.k) update({ k: next.length });
    order.set(identity ? null : formatRanking(next));
  }

  return {
    k,
    ranking,
    steps: values.steps,
    shownSteps,
    lr: values.lr,
    lrText: lr.text,
    lrError: lr.error,
    training,
    check,
    modelPlaces,
    replaying: replayAt !== null,
    /** With reduced motion there is no replay: the trained state is always shown. */
    reducedMotion: reduced,
    announcement,
    problems: [...problems.filter((p) => p.param !== ORDER_PARAM), ...(order.problem ? [order.problem] : [])],
    linkToSetting,
    loadRanking(next: readonly number[]) {
      writeRanking(next);
    },
    setK(nextK: number) {
      writeRanking(resizeRanking(ranking, nextK));
    },
    move(from: number, to: number, say: (letterIndex: number, place: number) => string) {
      if (to < 0 || to >= k || from === to) return;
      const next = moveInRanking(ranking, from, to);
      writeRanking(next);
      setAnnouncement(say(next[to] as number, to + 1));
    },
    setSteps: (steps: number) => set({ steps }),
    typeLr: lr.type,
    replay() {
      stopReplay();
      if (reduced || values.steps === 0) return;
      const target = values.steps;
      const start = performance.now();
      setReplayAt(0);
      const tick = (now: number) => {
        const at = Math.min(target, Math.round((target * (now - start)) / REPLAY_MS));
        if (at >= target) {
          frame.current = null;
          setReplayAt(null);
          return;
        }
        setReplayAt(at);
        frame.current = requestAnimationFrame(tick);
      };
      frame.current = requestAnimationFrame(tick);
    },
  };
}
