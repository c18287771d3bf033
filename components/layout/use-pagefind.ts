'use client';
// Loads the Pagefind index that `npm run build` writes into out/pagefind/ (for the page's language, from
// <html lang>) and runs debounced searches; results point at the section (#id) that matched.
import { useCallback, useRef, useState } from 'react';

export interface SearchHit {
  url: string;
  title: string;
  excerpt: string;
}

interface PagefindResult {
  data: () => Promise<{
    url: string;
    meta: { title?: string };
    excerpt: string;
    sub_results?: { url: string; title: string; excerpt: string; locations?: number[] }[];
  }>;
}

interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  debouncedSearch: (q: string, o?: Record<string, unknown>, ms?: number) => Promise<{ results: PagefindResult[] } | null>;
}

const INDEX_URL = '/pagefind/pagefind.js';

export function usePagefind() {
  const pagefind = useRef<Promise<Pagefind | null> | null>(null);
  const [status, setStatus] = useState<'idle' | 'loading' | 'ready' | 'unavailable'>('idle');
  const [hits, setHits] = useState<SearchHit[] | null>(null);

  const load = useCallback(() => {
    if (!pagefind.current) {
      setStatus('loading');
      const url = INDEX_URL;
      pagefind.current = (import(/* webpackIgnore: true */ /* turbopackIgnore: true */ url) as Promise<Pagefind>)
        .then(async (pf) => {
          await pf.options({ excerptLength: 24 });
          await pf.init();
          setStatus('ready');
          return pf;
        })
        .catch(() => {
          setStatus('unavailable');
          return null;
        });
    }
    return pagefind.current;
  }, []);

  const search = useCallback(
    async (query: string) => {
      const pf = await load();
      if (!pf) return;
      if (query.trim() === '') {
        setHits(null);
        return;
      }
      const found = await pf.debouncedSearch(query, {}, 150);
      if (!found) return;
      const data = await Promise.all(found.results.slice(0, 10).map((r) => r.data()));
      setHits(
        data.map((d) => {
          // The section with the most matches is where the reader should land.
          const best = [...(d.sub_results ?? [])].sort((a, b) => (b.locations?.length ?? 0) - (a.locations?.length ?? 0))[0];
          return {
            url: best?.url ?? d.url,
            title: best && best.title !== d.meta.title ? `${d.meta.title ?? ''} › ${best.title}` : (d.meta.title ?? d.url),
            excerpt: best?.excerpt ?? d.excerpt,
          };
        }),
      );
    },
    [load],
  );

  return { status, hits, load, search };
}
