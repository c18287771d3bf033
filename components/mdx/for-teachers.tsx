// A chapter's notes for teachers (goals, lesson plan, misconceptions, questions), collapsed by default.
import type { ReactNode } from 'react';

export function ForTeachers({ summary, children }: { summary: string; children?: ReactNode }) {
  return (
    <details className="for-teachers my-4 rounded-lg border border-[var(--border)] p-3">
      <summary className="cursor-pointer font-semibold">{summary}</summary>
      <div className="mt-2">{children}</div>
    </details>
  );
}
