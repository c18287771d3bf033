'use client';
// Quiz progress kept in this browser only (localStorage), read through useSyncExternalStore so the static
// HTML and the first client render agree.
import { useCallback, useSyncExternalStore } from 'react';

export interface AnswerState {
  selected: string | null;
  checked: boolean;
  /** True when the reader asked to see the answer rather than checking a choice of their own. */
  revealed?: boolean;
}

const EVENT = 'quiz-progress-change';
// Used when localStorage is blocked, so answers still work for as long as the page is open.
const memory = new Map<string, string>();
const empty: AnswerState = { selected: null, checked: false };

function storageKey(questionId: string): string {
  return `quiz:${window.location.pathname.replace(/\/slides\/$/, '/')}:${questionId}`;
}

function subscribe(onChange: () => void) {
  window.addEventListener(EVENT, onChange);
  window.addEventListener('storage', onChange);
  return () => {
    window.removeEventListener(EVENT, onChange);
    window.removeEventListener('storage', onChange);
  };
}

function read(questionId: string): string | null {
  const key = storageKey(questionId);
  try {
    return localStorage.getItem(key) ?? memory.get(key) ?? null;
  } catch {
    return memory.get(key) ?? null;
  }
}

export function parseAnswer(raw: string | null): AnswerState {
  if (!raw) return empty;
  try {
    const value = JSON.parse(raw) as Partial<AnswerState>;
    return { selected: typeof value.selected === 'string' ? value.selected : null, checked: value.checked === true, revealed: value.revealed === true };
  } catch {
    return empty;
  }
}

export function useAnswer(questionId: string) {
  const raw = useSyncExternalStore(subscribe, () => read(questionId), () => null);
  const state = parseAnswer(raw);
  const save = useCallback(
    (next: AnswerState) => {
      const key = storageKey(questionId);
      memory.set(key, JSON.stringify(next));
      try {
        localStorage.setItem(key, JSON.stringify(next));
      } catch {
        // Storage blocked: the in-memory copy keeps the answer until the page is left.
      }
      window.dispatchEvent(new Event(EVENT));
    },
    [questionId],
  );
  return [state, save] as const;
}

/** How many of these questions have been checked on this device. */
export function useProgress(questionIds: readonly string[]) {
  const snapshot = useSyncExternalStore(
    subscribe,
    () => questionIds.map((id) => (parseAnswer(read(id)).checked ? '1' : '0')).join(''),
    () => '',
  );
  return [...snapshot].filter((c) => c === '1').length;
}
