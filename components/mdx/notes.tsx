// Presenter notes for a section: hidden in the reading view and in print, shown in the slides' presenter
// panel (key N).
import type { ReactNode } from 'react';

export function Notes({ children }: { children?: ReactNode }) {
  return (
    <aside className="presenter-notes" data-presenter-notes>
      {children}
    </aside>
  );
}
