'use client';
// Links to the same page in the other language and carries the section being read along as #id.
import { useEffect, useState } from 'react';
import { SECTION_EVENT } from './toc';

export function LanguageSwitch({ href, label, hrefLang, lang }: { href: string; label: string; hrefLang: string; lang: string }) {
  const [section, setSection] = useState('');

  useEffect(() => {
    const fromHash = () => setSection(window.location.hash.slice(1));
    const fromToc = (event: Event) => {
      const id = (event as CustomEvent<{ id?: string }>).detail?.id;
      if (typeof id === 'string') setSection(id);
    };
    fromHash();
    window.addEventListener('hashchange', fromHash);
    window.addEventListener(SECTION_EVENT, fromToc);
    return () => {
      window.removeEventListener('hashchange', fromHash);
      window.removeEventListener(SECTION_EVENT, fromToc);
    };
  }, []);

  return (
    <a
      href={section ? `${href}#${section}` : href}
      hrefLang={hrefLang}
      lang={lang}
      data-testid="language-switch"
      className="inline-flex h-10 items-center rounded-md border border-[var(--border)] px-3 font-medium no-underline hover:bg-[var(--surface)]"
      style={{ color: 'var(--fg)' }}
    >
      {label}
    </a>
  );
}
