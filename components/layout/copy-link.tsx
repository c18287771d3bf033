'use client';
// A heading's anchor: a plain link to the section that, with JavaScript, also copies the section's URL.
import { useState } from 'react';

export function CopyLink({ id, label, copiedLabel }: { id: string; label: string; copiedLabel: string }) {
  const [copied, setCopied] = useState(false);

  async function copy(event: React.MouseEvent<HTMLAnchorElement>) {
    const url = `${window.location.origin}${window.location.pathname}${window.location.search}#${id}`;
    try {
      await navigator.clipboard.writeText(url);
      event.preventDefault();
      history.replaceState(null, '', `#${id}`);
      window.dispatchEvent(new HashChangeEvent('hashchange'));
      setCopied(true);
      window.setTimeout(() => setCopied(false), 2000);
    } catch {
      // No clipboard access: the link still navigates to the section, whose URL can be copied by hand.
    }
  }

  return (
    <>
      <a
        href={`#${id}`}
        onClick={copy}
        aria-label={`${label}`}
        title={label}
        data-pagefind-ignore="all"
        className="heading-anchor ms-2 inline-block rounded px-1 text-[0.8em] no-underline opacity-0 group-hover:opacity-100 focus:opacity-100"
        style={{ color: 'var(--muted)' }}
      >
        <span aria-hidden="true">#</span>
      </a>
      <span role="status" className="sr-only" data-pagefind-ignore="all">
        {copied ? copiedLabel : ''}
      </span>
      {copied ? (
        <span aria-hidden="true" data-pagefind-ignore="all" className="ms-2 text-sm font-normal" style={{ color: 'var(--muted)' }}>
          {copiedLabel}
        </span>
      ) : null}
    </>
  );
}
