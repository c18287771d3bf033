'use client';
// The chapter's table of contents, highlighting the section being read and telling the language switch.
import { useEffect, useState } from 'react';

export interface TocItem {
  depth: 2 | 3;
  id: string;
  text: string;
}

export const SECTION_EVENT = 'section-change';

/** The section being read, as the table of contents reports it (or the URL hash before it has). */
export function useCurrentSection(): string {
  const [section, setSection] = useState('');
  useEffect(() => {
    const fromHash = () => setSection(decodeURIComponent(window.location.hash.slice(1)));
    const fromToc = (event: Event) => {
      const id = (event as CustomEvent<{ id?: string }>).detail?.id;
      if (typeof id === 'string') setSection(id);
    };
    window.addEventListener('hashchange', fromHash);
    window.addEventListener(SECTION_EVENT, fromToc);
    const initial = window.setTimeout(fromHash, 0);
    return () => {
      window.clearTimeout(initial);
      window.removeEventListener('hashchange', fromHash);
      window.removeEventListener(SECTION_EVENT, fromToc);
    };
  }, []);
  return section;
}

/** The section being read: the hash target while it is on screen, else the last heading above the top band. */
function currentSection(ids: readonly string[]): string | null {
  const hash = decodeURIComponent(window.location.hash.slice(1));
  const target = hash ? document.getElementById(hash) : null;
  if (target && ids.includes(hash)) {
    const top = target.getBoundingClientRect().top;
    if (top >= 0 && top < window.innerHeight * 0.6) return hash;
  }
  let current: string | null = null;
  for (const id of ids) {
    const el = document.getElementById(id);
    if (el && el.getBoundingClientRect().top < 120) current = id;
  }
  return current ?? ids[0] ?? null;
}

export function Toc({ items, label }: { items: readonly TocItem[]; label: string }) {
  const [active, setActive] = useState<string | null>(null);

  useEffect(() => {
    const ids = items.map((i) => i.id);
    let frame = 0;
    const update = () => {
      frame = 0;
      const id = currentSection(ids);
      setActive(id);
      if (id) window.dispatchEvent(new CustomEvent(SECTION_EVENT, { detail: { id } }));
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(update);
    };
    update();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('hashchange', schedule);
    return () => {
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('hashchange', schedule);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [items]);

  return (
    <nav aria-label={label}>
      <ul className="space-y-1 text-sm">
        {items.map((item) => (
          <li key={item.id} className={item.depth === 3 ? 'ps-4' : undefined}>
            <a
              href={`#${item.id}`}
              aria-current={active === item.id ? 'location' : undefined}
              className={`block rounded px-2 py-1 no-underline hover:bg-[var(--surface)] ${
                active === item.id ? 'bg-[var(--surface)] font-semibold' : ''
              }`}
              style={{ color: active === item.id ? 'var(--fg)' : 'var(--muted)' }}
            >
              {item.text}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
