'use client';
// A typed number beside a URL setting: the text may be invalid (`abc`, `1e999`, out of range) while the last
// good value stays in force and an inline message says what is allowed.
import { useState } from 'react';
import { parseNumber } from '@/lib/url-state';

export function useTypedNumber(value: number, min: number, max: number, commit: (x: number) => void) {
  const [typed, setTyped] = useState<string | null>(null);
  const parsed = typed === null ? null : parseNumber(typed);
  const error = parsed !== null && !(parsed.ok && parsed.value >= min && parsed.value <= max);
  return {
    text: typed ?? String(value),
    error,
    type(text: string) {
      setTyped(text);
      const p = parseNumber(text);
      if (p.ok && p.value >= min && p.value <= max) commit(p.value);
    },
    /** The setting was changed elsewhere (a slider): show it, forget the typed text. */
    reset: () => setTyped(null),
  };
}
