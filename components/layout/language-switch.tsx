'use client';
// Links to the same page in the other language and carries the section being read along as #id.
import { useCurrentSection } from './toc';

export function LanguageSwitch({ href, label, hrefLang, lang }: { href: string; label: string; hrefLang: string; lang: string }) {
  const section = useCurrentSection();
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
