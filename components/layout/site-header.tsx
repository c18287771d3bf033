// The header on every page: site name, chapter menu, language switch and theme toggle.
import type { ChapterSummary } from '@/lib/content/chapters.server';
import { htmlLang, otherLocale, type Locale } from '@/lib/i18n/locales';
import { strings } from '@/lib/i18n/strings';
import { PresentLink } from '@/components/slides/present-link';
import { slideLabels } from '@/components/slides/slide-labels';
import { LanguageSwitch } from './language-switch';
import { Search } from './search';
import { ThemeToggle } from './theme-toggle';

/** `current` is the page's path below the language (a chapter slug, or 'glossary'); `slides` adds the Present link. */
export function SiteHeader({ lang, chapters, current, slides = false }: { lang: Locale; chapters: ChapterSummary[]; current?: string; slides?: boolean }) {
  const t = strings[lang];
  const other = otherLocale(lang);
  const otherHref = current ? `/${other}/${current}/` : `/${other}/`;
  return (
    <header className="no-print sticky top-0 z-20 border-b border-[var(--border)] bg-[var(--bg)]/95 backdrop-blur">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-30 focus:rounded focus:bg-[var(--bg)] focus:p-2">
        {t.skipToContent}
      </a>
      <div className="mx-auto flex h-14 max-w-7xl items-center gap-2 px-3 sm:px-5">
        <a href={`/${lang}/`} className="me-auto truncate text-lg font-bold no-underline" style={{ color: 'var(--fg)' }}>
          {t.siteName}
        </a>
        <Search lang={lang} />
        <details className="relative">
          <summary className="flex h-10 cursor-pointer list-none items-center rounded-md border border-[var(--border)] px-3 font-medium hover:bg-[var(--surface)]">
            {t.chapters}
          </summary>
          <nav aria-label={t.chapterMenu} className="absolute end-0 mt-2 w-72 max-w-[calc(100vw-1.5rem)] rounded-md border border-[var(--border)] bg-[var(--bg)] p-2 shadow-lg">
            <ol className="space-y-1">
              {chapters.map((c) => (
                <li key={c.slug}>
                  <a
                    href={`/${lang}/${c.slug}/`}
                    aria-current={c.slug === current ? 'page' : undefined}
                    className="block rounded px-2 py-1.5 no-underline hover:bg-[var(--surface)] aria-[current=page]:font-semibold"
                    style={{ color: 'var(--fg)' }}
                  >
                    <span style={{ color: 'var(--muted)' }}>{c.order}. </span>
                    {c.title}
                  </a>
                </li>
              ))}
            </ol>
            <a
              href={`/${lang}/glossary/`}
              aria-current={current === 'glossary' ? 'page' : undefined}
              className="mt-1 block rounded border-t border-[var(--border)] px-2 py-1.5 no-underline hover:bg-[var(--surface)] aria-[current=page]:font-semibold"
              style={{ color: 'var(--fg)' }}
            >
              {t.glossary}
            </a>
          </nav>
        </details>
        {current && slides ? <PresentLink slidesPath={`/${lang}/${current}/slides/`} label={slideLabels[lang].present} /> : null}
        <LanguageSwitch href={otherHref} label={t.languageSwitch} hrefLang={htmlLang[other]} lang={htmlLang[other]} />
        <ThemeToggle labels={{ toggle: t.themeToggle, light: t.themeLight, dark: t.themeDark }} />
      </div>
    </header>
  );
}
