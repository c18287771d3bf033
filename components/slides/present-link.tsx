'use client';
// "Present" in the reading view: opens the slide of the section being read.
import { useCurrentSection } from '@/components/layout/toc';

export function PresentLink({ slidesPath, label }: { slidesPath: string; label: string }) {
  const section = useCurrentSection();
  return (
    <a
      href={section ? `${slidesPath}#${section}` : slidesPath}
      className="no-print inline-flex h-10 min-w-10 items-center justify-center rounded-md border border-[var(--border)] px-2 font-medium no-underline hover:bg-[var(--surface)] sm:px-3"
      style={{ color: 'var(--fg)' }}
      data-testid="present-link"
      aria-label={label}
      title={label}
    >
      <span aria-hidden="true">▶</span>
      <span className="ms-1 hidden sm:inline">{label}</span>
    </a>
  );
}
