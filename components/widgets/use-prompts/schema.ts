// The uses widget's URL parameter (`?uses.use=intent#uses`).
import { useIds } from '@/content/data/chatgpt/uses';
import type { Schema } from '@/lib/url-state';

export const NAMESPACE = 'uses';
export const SECTION = 'uses';
export const usePromptsSchema = {
  /** The use shown. */
  use: { kind: 'enum', values: useIds, default: 'slogans' },
} as const satisfies Schema;
