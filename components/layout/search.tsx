'use client';
// Site search in the header: a button (or the "/" key) opens a dialog; results land on the section.
import { useEffect, useId, useRef, useState } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { searchLabels } from './search-labels';
import { usePagefind } from './use-pagefind';

export function Search({ lang }: { lang: Locale }) {
  const t = searchLabels[lang];
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const { status, hits, load, search } = usePagefind();
  const inputId = useId();

  function open() {
    dialog.current?.showModal();
    input.current?.focus();
    void load();
  }

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      event.preventDefault();
      dialog.current?.showModal();
      input.current?.focus();
      void load();
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [load]);

  return (
    <>
      <button
        type="button"
        onClick={open}
        aria-keyshortcuts="/"
        aria-label={t.open}
        title={`${t.open} (/)`}
        className="inline-flex h-10 min-w-10 items-center justify-center gap-1 rounded-md border border-[var(--border)] px-2 hover:bg-[var(--surface)] sm:px-3"
        data-testid="search-open"
      >
        <span aria-hidden="true">⌕</span>
        <span className="hidden md:inline">{t.open}</span>
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={`${inputId}-title`}
        className="m-auto mt-16 w-[min(40rem,calc(100vw-1.5rem))] rounded-lg border border-[var(--border)] bg-[var(--bg)] p-4 text-[var(--fg)] backdrop:bg-black/50"
        onClick={(e) => {
          if (e.target === dialog.current) dialog.current?.close();
        }}
        onKeyDown={(e) => {
          // A search field eats the first Escape to clear itself; Escape should close the dialog at once.
          if (e.key === 'Escape') {
            e.preventDefault();
            dialog.current?.close();
          }
        }}
      >
        <div className="flex items-center justify-between gap-2">
          <h2 id={`${inputId}-title`} className="text-lg font-semibold">
            {t.title}
          </h2>
          <button type="button" onClick={() => dialog.current?.close()} className="rounded-md border border-[var(--border)] px-2 py-1 text-sm">
            {t.close}
          </button>
        </div>
        <label htmlFor={inputId} className="sr-only">
          {t.input}
        </label>
        <input
          ref={input}
          id={inputId}
          type="search"
          value={query}
          placeholder={t.placeholder}
          onChange={(e) => {
            setQuery(e.target.value);
            void search(e.target.value);
          }}
          className="mt-3 w-full rounded-md border border-[var(--border)] bg-[var(--bg)] px-3 py-2"
          data-testid="search-input"
        />
        <div className="mt-3 max-h-[60vh] overflow-y-auto" aria-live="polite">
          {status === 'unavailable' ? <p>{t.unavailable}</p> : null}
          {status === 'loading' && query ? <p>{t.loading}</p> : null}
          {hits && query ? (
            hits.length === 0 ? (
              <p>{t.none(query)}</p>
            ) : (
              <>
                <p className="text-sm" style={{ color: 'var(--muted)' }}>
                  {t.count(hits.length)}
                </p>
                <ul className="mt-2 space-y-2" data-testid="search-results">
                  {hits.map((hit) => (
                    <li key={hit.url}>
                      <a href={hit.url} className="block rounded-md border border-[var(--border)] p-2 hover:bg-[var(--surface)]" onClick={() => dialog.current?.close()}>
                        <span className="block font-semibold">{hit.title}</span>
                        {/* Pagefind's excerpt is text from our own pages with <mark> around the matches. */}
                        <span className="block text-sm" style={{ color: 'var(--fg)' }} dangerouslySetInnerHTML={{ __html: hit.excerpt }} />
                      </a>
                    </li>
                  ))}
                </ul>
              </>
            )
          ) : null}
        </div>
      </dialog>
    </>
  );
}
