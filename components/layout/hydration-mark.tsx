'use client';
// Marks <html data-hydrated> once React has attached its handlers, so tests (and CSS that should apply
// only when scripts run) know the page is interactive.
import { useEffect } from 'react';

export function HydrationMark() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = 'true';
  }, []);
  return null;
}
