// Previous / next chapter links at the end of a chapter.
import type { ChapterSummary } from '@/lib/content/chapters.server';
import type { Locale } from '@/lib/i18n/locales';
import { strings } from '@/lib/i18n/strings';

export function ChapterNav({ lang, chapters, current }: { lang: Locale; chapters: ChapterSummary[]; current: string }) {
  const t = strings[lang];
  const index = chapters.findIndex((c) => c.slug === current);
  const prev = index > 0 ? chapters[index - 1] : undefined;
  const next = index >= 0 && index < chapters.length - 1 ? chapters[index + 1] : undefined;
  if (!prev && !next) return null;
  return (
    <nav aria-label={`${t.previous} / ${t.next}`} className="no-print mt-12 grid gap-3 border-t border-[var(--border)] pt-6 sm:grid-cols-2">
      {prev ? (
        <a href={`/${lang}/${prev.slug}/`} rel="prev" className="rounded-md border border-[var(--border)] p-3 no-underline hover:bg-[var(--surface)]">
          <span className="block text-sm" style={{ color: 'var(--muted)' }}>← {t.previous}</span>
          <span className="font-semibold">{prev.title}</span>
        </a>
      ) : (
        <span />
      )}
      {next ? (
        <a href={`/${lang}/${next.slug}/`} rel="next" className="rounded-md border border-[var(--border)] p-3 text-end no-underline hover:bg-[var(--surface)]">
          <span className="block text-sm" style={{ color: 'var(--muted)' }}>{t.next} →</span>
          <span className="font-semibold">{next.title}</span>
        </a>
      ) : null}
    </nav>
  );
}
