'use client';
// State of the in-context-learning widget: task, shot mode, K and the task line in the URL, the typed K
// (which may be invalid while the last good K stays in force), and the prompt's token figures.
import { useMemo, useState } from 'react';
import { fewShotTaskIds, type FewShotTaskId } from '@/content/data/pretraining/few-shot-tasks';
import type { Locale } from '@/lib/i18n/locales';
import type { ShotMode } from '@/lib/text/context-window';
import { parseNumber } from '@/lib/url-state';
import { useUrlState } from '../use-url-state';
import { promptStats } from './prompt-stats';
import { fewShotSchema, NAMESPACE, shotModes } from './schema';

const isTask = (x: string): x is FewShotTaskId => (fewShotTaskIds as readonly string[]).includes(x);
const isMode = (x: string): x is ShotMode => (shotModes as readonly string[]).includes(x);

export function useFewShot(lang: Locale) {
  const { values, update, problems, linkToSetting } = useUrlState(NAMESPACE, fewShotSchema);
  const [typedK, setTypedK] = useState<string | null>(null);
  const task: FewShotTaskId = isTask(values.task) ? values.task : 'zh-en';
  const shots: ShotMode = isMode(values.shots) ? values.shots : 'few';
  const stats = useMemo(() => promptStats({ task, shots, k: values.k, desc: values.desc }, lang), [task, shots, values.k, values.desc, lang]);
  const { min, max } = fewShotSchema.k;
  const parsed = typedK === null ? null : parseNumber(typedK);
  const kOk = (x: number) => Number.isInteger(x) && x >= min && x <= max;

  return {
    task,
    shots,
    k: values.k,
    desc: values.desc,
    typedK: typedK ?? String(values.k),
    kError: parsed !== null && !(parsed.ok && kOk(parsed.value)),
    stats,
    problems,
    linkToSetting,
    setTask: (t: FewShotTaskId) => update({ task: t }),
    setShots: (s: ShotMode) => update({ shots: s }),
    setDesc: (d: boolean) => update({ desc: d }),
    setK(k: number) {
      setTypedK(null);
      update({ k });
    },
    typeK(text: string) {
      setTypedK(text);
      const p = parseNumber(text);
      if (p.ok && kOk(p.value)) update({ k: p.value });
    },
  };
}
