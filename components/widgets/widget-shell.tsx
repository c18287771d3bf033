'use client';
// The frame every live widget shares: title, optional "qualitative" badge, notes about ignored URL
// parameters, and a button that copies a link to the current setting.
import { useState, type ReactNode } from 'react';
import type { ParamProblem } from '@/lib/url-state';

export interface ShellLabels {
  copySettingLink: string;
  settingLinkCopied: string;
  ignoredParam: (p: ParamProblem) => string;
}

export function WidgetShell({
  title,
  badge,
  problems,
  labels,
  link,
  children,
  testId,
}: {
  title: string;
  badge?: string;
  problems: ParamProblem[];
  labels: ShellLabels;
  link: () => string;
  children: ReactNode;
  testId: string;
}) {
  const [copied, setCopied] = useState(false);

  async function copy() {
    try {
      await navigator.clipboard.writeText(link());
      setCopied(true);
      window.setTimeout(() => setCopied(false), 2000);
    } catch {
      setCopied(false);
    }
  }

  return (
    <figure className="rounded-lg border border-[var(--border)] p-3 sm:p-4" data-testid={testId} aria-label={title}>
      <figcaption className="mb-3 flex flex-wrap items-center gap-2">
        <span className="font-semibold">{title}</span>
        {badge ? (
          <span className="rounded-full border border-[var(--border)] px-2 py-0.5 text-xs" style={{ color: 'var(--muted)' }}>
            {badge}
          </span>
        ) : null}
        <button
          type="button"
          onClick={copy}
          className="ms-auto rounded-md border border-[var(--border)] px-2 py-1 text-sm hover:bg-[var(--surface)]"
        >
          {copied ? labels.settingLinkCopied : labels.copySettingLink}
        </button>
      </figcaption>
      {problems.length > 0 ? (
        <ul className="mb-3 rounded-md border border-[var(--accent)] p-2 text-sm" data-testid="url-problems">
          {problems.map((p) => (
            <li key={p.param + p.value}>{labels.ignoredParam(p)}</li>
          ))}
        </ul>
      ) : null}
      {children}
      <span role="status" className="sr-only">
        {copied ? labels.settingLinkCopied : ''}
      </span>
    </figure>
  );
}
