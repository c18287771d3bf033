// Everything the widget and its fallback show about one prompt: its lines with their GPT-3 token counts,
// the total, the share of the 2,048-token window, and how many demonstrations would fit.
import { fewShotTasks, type FewShotTaskId } from '@/content/data/pretraining/few-shot-tasks';
import type { Locale } from '@/lib/i18n/locales';
import { demonstrationsThatFit, GPT3_CONTEXT_TOKENS, pickDemonstrations, promptLines, shotCount, windowShare, type ShotMode } from '@/lib/text/context-window';
import { countPromptTokens, gpt3Pieces, gpt3TokenCount } from '@/lib/text/gpt3-tokens';

export interface PromptSettings {
  readonly task: FewShotTaskId;
  readonly shots: ShotMode;
  readonly k: number;
  readonly desc: boolean;
}

export function promptStats(settings: PromptSettings, lang: Locale) {
  const task = fewShotTasks[settings.task];
  const description = settings.desc ? task.description[lang] : null;
  const demonstrations = pickDemonstrations(task.pool, shotCount(settings.shots, settings.k));
  const lines = promptLines({ description, demonstrations, query: task.query[0] });
  const { perLine, total } = countPromptTokens(lines);
  const fixed = (description === null ? 0 : gpt3TokenCount(`${description}\n`)) + gpt3TokenCount(lines[lines.length - 1] as string);
  const poolCosts = promptLines({ description: null, demonstrations: task.pool, query: '' }).slice(0, -1).map(gpt3TokenCount);
  return {
    lines,
    perLine,
    total,
    share: windowShare(total),
    context: GPT3_CONTEXT_TOKENS,
    demonstrations: demonstrations.length,
    fit: demonstrationsThatFit(fixed, poolCosts),
    answer: task.query[1],
    queryPieces: gpt3Pieces(task.query[0]),
    answerPieces: gpt3Pieces(` ${task.query[1]}`),
  };
}
