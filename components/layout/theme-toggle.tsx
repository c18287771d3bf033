'use client';
// Toggles light/dark and remembers the reader's choice; the pre-paint script applies it on the next load.
import { useSyncExternalStore } from 'react';

type Theme = 'light' | 'dark';

function subscribe(onChange: () => void) {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => observer.disconnect();
}

const currentTheme = (): Theme => (document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light');
const serverTheme = (): Theme | null => null;

export function ThemeToggle({ labels }: { labels: { toggle: string; light: string; dark: string } }) {
  const theme = useSyncExternalStore<Theme | null>(subscribe, currentTheme, serverTheme);

  function toggle() {
    const next: Theme = theme === 'dark' ? 'light' : 'dark';
    document.documentElement.dataset.theme = next;
    try {
      localStorage.setItem('theme', next);
    } catch {
      // Storage can be blocked (private mode); the theme still changes for this page.
    }
  }

  return (
    <button
      type="button"
      onClick={toggle}
      aria-label={labels.toggle}
      aria-pressed={theme === 'dark'}
      title={theme === 'dark' ? labels.dark : labels.light}
      className="inline-flex h-10 w-10 items-center justify-center rounded-md border border-[var(--border)] hover:bg-[var(--surface)]"
    >
      <span aria-hidden="true">{theme === 'dark' ? '☾' : '☀'}</span>
    </button>
  );
}
