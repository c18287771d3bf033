// The timeline's URL parameters (`?timeline.modality=image&timeline.stage=rapid`); the open event is the
// URL hash (`#e-1966-eliza`), which also works without JavaScript.
import { modalities, stages } from '@/lib/history/timeline';
import type { Schema } from '@/lib/url-state';

export const NAMESPACE = 'timeline';
export const timelineSchema = {
  modality: { kind: 'enum', values: ['all', ...modalities], default: 'all' },
  stage: { kind: 'enum', values: ['all', ...stages], default: 'all' },
} as const satisfies Schema;
