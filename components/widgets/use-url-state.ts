'use client';
// A widget's settings live in the page URL under its own namespace: the URL is the single source of truth,
// so a copied link reproduces the setting; unknown or out-of-range parameters are reported, not thrown.
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { readParams, writeParams, type Schema, type Values } from '@/lib/url-state';

const URL_EVENT = 'widget-url-change';

function subscribe(onChange: () => void) {
  window.addEventListener('popstate', onChange);
  window.addEventListener(URL_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(URL_EVENT, onChange);
  };
}

const clientSearch = () => window.location.search;
// The static HTML is rendered without a query, so the first render everywhere uses the defaults.
const serverSearch = () => '';

export function useUrlState<S extends Schema>(namespace: string, schema: S) {
  const search = useSyncExternalStore(subscribe, clientSearch, serverSearch);
  const { values, problems } = useMemo(() => readParams(search, namespace, schema), [search, namespace, schema]);

  const update = useCallback(
    (patch: Partial<Values<S>>) => {
      const current = readParams(window.location.search, namespace, schema).values;
      const next = writeParams(window.location.search, namespace, schema, { ...current, ...patch });
      window.history.replaceState(window.history.state, '', `${window.location.pathname}${next}${window.location.hash}`);
      window.dispatchEvent(new Event(URL_EVENT));
    },
    [namespace, schema],
  );

  const linkToSetting = useCallback((sectionId?: string) => {
    const hash = sectionId ? `#${sectionId}` : window.location.hash;
    return `${window.location.origin}${window.location.pathname}${window.location.search}${hash}`;
  }, []);

  return { values, update, problems, linkToSetting };
}
