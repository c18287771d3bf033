'use client';
// A text box for a number with an inline message: bad text (abc, 1e999, out of range) is reported and the
// last good value stays in force until the box holds a valid one again.
import { useId, useState } from 'react';
import { parseNumber } from '@/lib/url-state';

const field = 'w-24 rounded-md border border-[var(--border)] bg-[var(--bg)] px-2 py-1';

export function TypedNumber({
  label,
  value,
  min,
  max,
  integer = false,
  onValid,
  error,
  testId,
}: {
  label: string;
  value: number;
  min: number;
  max: number;
  integer?: boolean;
  onValid: (x: number) => void;
  error: string;
  testId: string;
}) {
  const id = useId();
  const [typed, setTyped] = useState<string | null>(null);
  const parsed = typed === null ? null : parseNumber(typed);
  const ok = (x: number) => x >= min && x <= max && (!integer || Number.isInteger(x));
  const bad = parsed !== null && !(parsed.ok && ok(parsed.value));
  // Once the URL moves on (a slider, a preset), the box shows the value in force again.
  const shown = typed !== null && (bad || (parsed?.ok && parsed.value === value)) ? typed : String(value);

  return (
    <div className="text-sm">
      <label className="flex flex-wrap items-center gap-2">
        <span>{label}</span>
        <input
          type="text"
          inputMode="decimal"
          value={shown}
          onChange={(e) => {
            const text = e.target.value;
            setTyped(text);
            const p = parseNumber(text);
            if (p.ok && ok(p.value)) onValid(p.value);
          }}
          onBlur={() => {
            if (!bad) setTyped(null);
          }}
          aria-invalid={bad}
          aria-describedby={bad ? `${id}-err` : undefined}
          className={field}
          data-testid={testId}
        />
      </label>
      {bad ? (
        <p id={`${id}-err`} role="alert" className="mt-1 font-medium" style={{ color: 'var(--accent)' }} data-testid={`${testId}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
