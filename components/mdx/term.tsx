'use client';
// A glossary term in the prose: a link to its entry that shows the short definition on hover or focus
// (Escape hides it; the pop-up stays while the pointer is over it).
import { useId, useState } from 'react';

export function Term({ href, definition, children }: { href: string; definition: string; children?: React.ReactNode }) {
  const [open, setOpen] = useState(false);
  const tipId = useId();
  return (
    <span
      className="term relative"
      onMouseEnter={() => setOpen(true)}
      onMouseLeave={() => setOpen(false)}
      onFocus={() => setOpen(true)}
      onBlur={() => setOpen(false)}
      onKeyDown={(e) => {
        if (e.key === 'Escape') setOpen(false);
      }}
    >
      <a href={href} aria-describedby={tipId} className="decoration-dotted" data-term>
        {children}
      </a>
      <span
        id={tipId}
        role="tooltip"
        data-pagefind-ignore="all"
        className={`${open ? 'block' : 'hidden'} no-print absolute start-0 top-full z-30 mt-1 w-72 max-w-[80vw] rounded-md border border-[var(--border)] bg-[var(--bg)] p-2 text-sm font-normal shadow-lg`}
        style={{ color: 'var(--fg)' }}
      >
        {definition}
      </span>
    </span>
  );
}
