// The in-context-learning widget's URL parameters (`?icl.shots=few&icl.k=8&icl.task=zh-en&icl.desc=0`).
import { fewShotTaskIds } from '@/content/data/pretraining/few-shot-tasks';
import type { Schema } from '@/lib/url-state';

export const NAMESPACE = 'icl';
export const shotModes = ['zero', 'one', 'few'] as const;
export const fewShotSchema = {
  shots: { kind: 'enum', values: shotModes, default: 'few' },
  k: { kind: 'number', min: 2, max: 20, default: 3, integer: true },
  task: { kind: 'enum', values: fewShotTaskIds, default: 'zh-en' },
  desc: { kind: 'boolean', default: true },
} as const satisfies Schema;
