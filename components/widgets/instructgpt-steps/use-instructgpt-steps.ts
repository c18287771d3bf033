'use client';
// State of the three-steps widget: the step and K live in the URL (bad values are reported by useUrlState and the
// defaults stay), and the comparisons for K come from lib/rlhf.
import { instructGptSteps, stepIds, type InstructGptStep, type StepId } from '@/content/data/chatgpt/instructgpt-steps';
import { comparisonCount, rankingToPairs } from '@/lib/rlhf/reward';
import { useUrlState } from '../use-url-state';
import { answerLetters } from './figures';
import { NAMESPACE, SECTION, stepsSchema } from './schema';

const isStep = (x: string): x is StepId => (stepIds as readonly string[]).includes(x);

export function useInstructGptSteps() {
  const { values, update, problems, linkToSetting } = useUrlState(NAMESPACE, stepsSchema);
  const stepId: StepId = isStep(values.step) ? values.step : 'sft';
  const index = stepIds.indexOf(stepId);
  const letters = answerLetters(values.k);

  return {
    steps: instructGptSteps,
    step: instructGptSteps[index] as InstructGptStep,
    index,
    k: values.k,
    comparisons: comparisonCount(values.k),
    letters,
    pairs: rankingToPairs(letters),
    problems,
    link: () => linkToSetting(SECTION),
    select: (i: number) => {
      const next = stepIds[Math.max(0, Math.min(stepIds.length - 1, i))];
      if (next) update({ step: next });
    },
    setK: (k: number) => update({ k }),
  };
}
