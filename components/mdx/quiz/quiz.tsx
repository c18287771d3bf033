'use client';
// A chapter's "check your understanding" block: its questions and how many are answered on this device.
import { Children, isValidElement, type ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { quizLabels } from './quiz-labels';
import { useProgress } from './quiz-store';

export function Quiz({ lang, children }: { lang: Locale; children?: ReactNode }) {
  const ids = Children.toArray(children)
    .filter(isValidElement)
    .map((child) => (child.props as { id?: unknown }).id)
    .filter((id): id is string => typeof id === 'string');
  const answered = useProgress(ids);
  return (
    <div className="quiz" data-quiz>
      {ids.length > 0 ? (
        <p className="quiz-progress text-sm" style={{ color: 'var(--muted)' }} aria-live="polite">
          {quizLabels[lang].progress(answered, ids.length)}
        </p>
      ) : null}
      {children}
    </div>
  );
}
