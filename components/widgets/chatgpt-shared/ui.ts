// Class names and small helpers the chatgpt widgets share, so their controls look alike.
import type { ParamProblem } from '@/lib/url-state';

export const field = 'rounded-md border border-[var(--border)] bg-[var(--bg)] px-2 py-1';
export const button = 'min-h-10 rounded-md border border-[var(--border)] px-3 py-1.5 hover:bg-[var(--surface)] disabled:opacity-50';
export const smallButton = 'min-h-10 min-w-10 rounded-md border border-[var(--border)] px-2 text-base hover:bg-[var(--surface)] disabled:opacity-40';
export const errorStyle = { color: 'var(--accent)' } as const;
export const mutedStyle = { color: 'var(--muted)' } as const;

export const reasonText = {
  en: (p: ParamProblem) => (p.reason === 'unknown' ? 'unknown setting' : p.reason === 'out-of-range' ? 'out of range' : 'not a valid value'),
  zh: (p: ParamProblem) => (p.reason === 'unknown' ? '未知设置' : p.reason === 'out-of-range' ? '超出范围' : '取值无效'),
};
