'use client';
// A free-text URL parameter (a prompt, a sentence) beside a widget's typed settings. lib/url-state only
// knows numbers, enums and booleans, and its writer rewrites every `namespace.` parameter, so text is
// read and written here and put back after each settings update.
import { useCallback, useSyncExternalStore } from 'react';
import type { ParamProblem } from '@/lib/url-state';

// The same event ../use-url-state.ts sends, so both hooks see each other's writes.
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
const serverSearch = () => '';

function writeText(param: string, value: string | null) {
  const params = new URLSearchParams(window.location.search);
  if (value === null) params.delete(param);
  else params.set(param, value);
  const search = params.toString();
  window.history.replaceState(window.history.state, '', `${window.location.pathname}${search ? `?${search}` : ''}${window.location.hash}`);
  window.dispatchEvent(new Event(URL_EVENT));
}

/** The parameter's text when valid (else null, with a problem to show), and setters that keep the URL in step. */
export function useUrlText(param: string, isValid: (text: string) => boolean) {
  const search = useSyncExternalStore(subscribe, clientSearch, serverSearch);
  const raw = new URLSearchParams(search).get(param);
  const ok = raw !== null && isValid(raw);
  const problem: ParamProblem | null = raw !== null && !ok ? { param, value: raw, reason: 'invalid' } : null;

  const set = useCallback((value: string | null) => writeText(param, value), [param]);

  /** Runs a namespaced settings update, which drops this parameter, and then puts the text back. */
  const keep = useCallback(
    (update: () => void) => {
      const kept = new URLSearchParams(window.location.search).get(param);
      update();
      if (kept !== null) writeText(param, kept);
    },
    [param],
  );

  return { value: ok ? raw : null, problem, set, keep };
}
