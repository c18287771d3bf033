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

const TOP_BAND = 120;

/** The `##` section an element sits in (sections far off screen skip layout until the reader nears them). */
const sectionOf = (el: Element): Element | null => el.closest('section[data-section]');

/**
 * The section being read: the hash target while it is on screen, else the last heading above the top band.
 * Sections are measured before the headings inside them, and only the section at the top of the screen has
 * its headings measured: measuring a heading in a section that is off screen would force the browser to lay
 * that whole section out on every scroll frame.
 */
function currentSection(ids: readonly string[]): string | null {
  const headings = ids.map((id) => document.getElementById(id));
  const hash = decodeURIComponent(window.location.hash.slice(1));
  const hashIndex = hash ? ids.indexOf(hash) : -1;
  const target = hashIndex >= 0 ? headings[hashIndex] : null;
  if (target) {
    const box = sectionOf(target)?.getBoundingClientRect();
    if (!box || (box.bottom > 0 && box.top < window.innerHeight)) {
      const top = target.getBoundingClientRect().top;
      if (top >= 0 && top < window.innerHeight * 0.6) return hash;
    }
  }
  // The last section whose top has passed the band; headings outside any section count as their own.
  const tops = new Map<Element, number>();
  const topOf = (el: Element) => {
    let top = tops.get(el);
    if (top === undefined) {
      top = el.getBoundingClientRect().top;
      tops.set(el, top);
    }
    return top;
  };
  let currentBlock: Element | null = null;
  for (const el of headings) {
    if (!el) continue;
    const block = sectionOf(el) ?? el;
    if (topOf(block) < TOP_BAND) currentBlock = block;
  }
  let current: string | null = null;
  headings.forEach((el, i) => {
    if (!el) return;
    const block = sectionOf(el) ?? el;
    const above = block === currentBlock ? topOf(el) < TOP_BAND : topOf(block) < TOP_BAND;
    if (above) current = ids[i] ?? null;
  });
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
    // After the browser's own first layout, not inside hydration.
    schedule();
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
