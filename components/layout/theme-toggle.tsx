'use client';
// Toggles light/dark and remembers the reader's choice; the pre-paint script applies it on the next load.
import { useEffect, useState } from 'react';

type Theme = 'light' | 'dark';

export function ThemeToggle({ labels }: { labels: { toggle: string; light: string; dark: string } }) {
  const [theme, setTheme] = useState<Theme | null>(null);

  useEffect(() => {
    setTheme(document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light');
  }, []);

  function toggle() {
    const next: Theme = theme === 'dark' ? 'light' : 'dark';
    document.documentElement.dataset.theme = next;
    try {
      localStorage.setItem('theme', next);
    } catch {
      // Storage can be blocked (private mode); the theme still changes for this page.
    }
    setTheme(next);
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
