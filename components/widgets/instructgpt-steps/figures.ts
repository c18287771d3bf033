// The figure rows a step shows, formatted for the page's language: the paper's numbers from the data module, and
// for the reward-model step the comparison counts, which lib/rlhf computes from K and the batch size.
import { paper, type InstructGptStep, type StepFigure } from '@/content/data/chatgpt/instructgpt-steps';
import type { Locale } from '@/lib/i18n/locales';
import { comparisonsByK, comparisonsPerBatch } from '@/lib/rlhf/comparisons';
import { stepsText } from './strings';

export interface FigureRow {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly note?: string;
}

const round = (x: number) => Number(x.toPrecision(6));

/** 13,000 in English; 1.3 万 in Chinese from ten thousand up. */
export function formatCount(n: number, lang: Locale): string {
  if (lang === 'zh' && n >= 10_000) return `${round(n / 10_000)} 万`;
  return new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en').format(n);
}

/** 6B / 60 亿, 1.3B / 13 亿, 175B / 1750 亿. */
export function formatParams(n: number, lang: Locale): string {
  return lang === 'zh' ? `${round(n / 1e8)} 亿` : `${round(n / 1e9)}B`;
}

export function formatFigure(fig: StepFigure, lang: Locale): string {
  const t = stepsText[lang];
  const one = (v: number) => (fig.format === 'params' ? formatParams(v, lang) : fig.format === 'count' ? formatCount(v, lang) : String(v));
  const text = fig.format === 'range' ? t.range(one(fig.values[0] as number), one(fig.values[1] as number)) : fig.values.map(one).join(t.listJoin);
  return fig.approx ? t.about(text) : text;
}

export function figureRows(step: InstructGptStep, lang: Locale): FigureRow[] {
  const t = stepsText[lang];
  const rows: FigureRow[] = step.figures.map((fig) => ({ id: fig.id, label: fig.label[lang], value: formatFigure(fig, lang), note: fig.note?.[lang] }));
  if (step.id === 'rm') {
    const byK = comparisonsByK(paper.kMin, paper.kMax);
    const first = byK[0]?.comparisons ?? 0;
    const last = byK[byK.length - 1]?.comparisons ?? 0;
    rows.push({ id: 'comparisons-range', label: t.comparisonsRange, value: t.range(formatCount(first, lang), formatCount(last, lang)) });
    rows.push({
      id: 'batch',
      label: t.batch(formatCount(paper.rmBatchPrompts, lang), paper.kMax),
      value: t.upTo(formatCount(comparisonsPerBatch(paper.rmBatchPrompts, paper.kMax), lang)),
    });
  }
  return rows;
}

/** The first k answer letters, A, B, C, … */
export function answerLetters(k: number): string[] {
  return Array.from({ length: k }, (_, i) => String.fromCharCode(65 + i));
}
