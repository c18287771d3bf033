'use client';
// State of the reward–KL widget: β and the reward model in the URL, a typed β that may be invalid, and
// everything lib/rlhf/kl-view computes from them: the policy at β and the curves over a log grid of β.
import { useMemo } from 'react';
import { klAnswers } from '@/content/data/chatgpt/reward-answers';
import { expectedReward } from '@/lib/rlhf/kl';
import { klViewAt, klViewCurve, logSpace } from '@/lib/rlhf/kl-view';
import { useUrlState } from '../use-url-state';
import { useTypedNumber } from '../chatgpt-shared/use-typed-number';
import { CURVE_POINTS, klTradeoffSchema, NAMESPACE, type RewardModelKind } from './schema';

const reference = klAnswers.map((a) => a.reference);
const quality = klAnswers.map((a) => a.quality);
const sftQuality = expectedReward(reference, quality);

export function klData(kind: RewardModelKind) {
  return { reference, quality, rewards: klAnswers.map((a) => a.reward[kind]) };
}

export function useKlTradeoff() {
  const { values, update, problems, linkToSetting } = useUrlState(NAMESPACE, klTradeoffSchema);
  const kind = values.rm as RewardModelKind;
  const { min, max } = klTradeoffSchema.beta;
  const typed = useTypedNumber(values.beta, min, max, (beta) => update({ beta }));
  const rewards = useMemo(() => klData(kind).rewards, [kind]);
  const curve = useMemo(() => klViewCurve(reference, rewards, quality, logSpace(max, min, CURVE_POINTS)), [rewards, min, max]);
  const now = useMemo(() => klViewAt(reference, rewards, quality, values.beta), [rewards, values.beta]);
  return {
    beta: values.beta,
    kind,
    rewards,
    curve,
    now,
    /** The SFT model's own expected true quality, the bar a tuned policy should clear. */
    sftQuality,
    typed,
    problems,
    linkToSetting,
    setLogBeta(log10: number) {
      typed.reset();
      update({ beta: Math.min(max, Math.max(min, Number((10 ** log10).toPrecision(3)))) });
    },
    setKind: (rm: RewardModelKind) => update({ rm }),
  };
}
