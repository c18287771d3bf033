'use client';
// The classroom deck: one `##` section per slide, keyboard, swipe and button navigation, full screen,
// presenter notes, progress, and a link back to the same section in the reading view.
import { useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { slideLabels } from './slide-labels';
import { useSlide } from './use-slide';

function subscribeFullscreen(onChange: () => void) {
  document.addEventListener('fullscreenchange', onChange);
  return () => document.removeEventListener('fullscreenchange', onChange);
}

function isTyping(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.closest('input, textarea, select, [contenteditable="true"], [role="slider"], [role="application"]')) return true;
  return (key === ' ' || key === 'Enter') && target.closest('button, a, summary') !== null;
}

function toggleFullscreen() {
  if (document.fullscreenElement) void document.exitFullscreen();
  else void document.documentElement.requestFullscreen?.().catch(() => undefined);
}

export function SlideDeck({ ids, titles, lang, readingPath, children }: { ids: string[]; titles: string[]; lang: Locale; readingPath: string; children: ReactNode }) {
  const t = slideLabels[lang];
  const { current, index, go } = useSlide(ids);
  const [notes, setNotes] = useState(false);
  const fullscreen = useSyncExternalStore(subscribeFullscreen, () => document.fullscreenElement !== null, () => false);
  const deckRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let style = document.getElementById('slide-visibility');
    if (!style) {
      style = document.createElement('style');
      style.id = 'slide-visibility';
      document.head.appendChild(style);
    }
    style.textContent = `[data-deck] section[data-section]:not([data-section="${current.replace(/"/g, '')}"]){display:none}`;
    const section = deckRef.current?.querySelector<HTMLElement>(`section[data-section="${CSS.escape(current)}"]`);
    section?.scrollTo({ top: 0 });
  }, [current]);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target, event.key)) return;
      const actions: Record<string, () => void> = {
        ArrowRight: () => go(index + 1),
        PageDown: () => go(index + 1),
        ' ': () => go(event.shiftKey ? index - 1 : index + 1),
        ArrowLeft: () => go(index - 1),
        PageUp: () => go(index - 1),
        Home: () => go(0),
        End: () => go(ids.length - 1),
        f: toggleFullscreen,
        F: toggleFullscreen,
        n: () => setNotes((v) => !v),
        N: () => setNotes((v) => !v),
      };
      const action = actions[event.key];
      if (!action) return;
      event.preventDefault();
      action();
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go, index, ids.length]);

  useEffect(() => {
    const deck = deckRef.current;
    if (!deck) return;
    let start: { x: number; y: number } | null = null;
    const down = (e: TouchEvent) => {
      const touch = e.touches[0];
      start = touch ? { x: touch.clientX, y: touch.clientY } : null;
    };
    const up = (e: TouchEvent) => {
      const touch = e.changedTouches[0];
      if (!start || !touch) return;
      const dx = touch.clientX - start.x;
      const dy = touch.clientY - start.y;
      start = null;
      if (Math.abs(dx) > 60 && Math.abs(dx) > 1.5 * Math.abs(dy)) go(dx < 0 ? index + 1 : index - 1);
    };
    deck.addEventListener('touchstart', down, { passive: true });
    deck.addEventListener('touchend', up, { passive: true });
    return () => {
      deck.removeEventListener('touchstart', down);
      deck.removeEventListener('touchend', up);
    };
  }, [go, index]);

  const button = 'inline-flex h-10 min-w-10 items-center justify-center rounded-md border border-[var(--border)] px-2 hover:bg-[var(--surface)]';
  return (
    <div className="flex min-h-dvh flex-col">
      <div className="no-print sticky top-0 z-20 flex flex-wrap items-center gap-2 border-b border-[var(--border)] bg-[var(--bg)] px-3 py-2">
        <a href={`${readingPath}#${current}`} className="me-auto text-sm" data-testid="reading-link">
          {t.reading}
        </a>
        <span className="text-sm tabular-nums" data-testid="slide-progress">
          {t.progress(index + 1, ids.length)}
        </span>
        <button type="button" className={button} onClick={() => go(index - 1)} disabled={index === 0} aria-label={t.previous}>
          ←
        </button>
        <button type="button" className={button} onClick={() => go(index + 1)} disabled={index === ids.length - 1} aria-label={t.next}>
          →
        </button>
        <button type="button" className={button} onClick={() => setNotes((v) => !v)} aria-pressed={notes} title={t.notes}>
          {t.notes}
        </button>
        <button type="button" className={button} onClick={toggleFullscreen} aria-pressed={fullscreen} title={t.fullscreen}>
          {t.fullscreen}
        </button>
        <div className="h-1 w-full overflow-hidden rounded bg-[var(--surface)]" aria-hidden="true">
          <div className="h-full bg-[var(--link)]" style={{ width: `${((index + 1) / Math.max(1, ids.length)) * 100}%` }} />
        </div>
      </div>
      <p className="sr-only" aria-live="polite">
        {t.progress(index + 1, ids.length)}: {titles[index] ?? ''}
      </p>
      <div ref={deckRef} data-deck data-notes={notes ? 'on' : 'off'} className="slides prose mx-auto w-full max-w-6xl flex-1 px-4 sm:px-8">
        {children}
      </div>
      <p className="no-print px-3 py-1 text-center text-xs" style={{ color: 'var(--muted)' }}>
        {t.help}
      </p>
    </div>
  );
}
