'use client';
// A slider with a text field beside it for one numeric setting; a bad typed value shows an inline message.
import { useId } from 'react';

const field = 'w-20 rounded-md border border-[var(--border)] bg-[var(--bg)] px-2 py-1';

export function NumberControl({
  label,
  shown,
  min,
  max,
  step,
  value,
  typed,
  error,
  errorText,
  typeLabel,
  onSlide,
  onType,
  testId,
}: {
  label: string;
  shown: string;
  min: number;
  max: number;
  step: number;
  value: number;
  typed: string;
  error: boolean;
  errorText: string;
  typeLabel: string;
  onSlide: (v: number) => void;
  onType: (text: string) => void;
  testId: string;
}) {
  const id = useId();
  return (
    <div className="text-sm">
      <div className="flex flex-wrap items-end gap-x-3 gap-y-1">
        <label className="flex min-w-0 grow flex-col gap-1">
          <span>
            {label}: <strong>{shown}</strong>
          </span>
          <input
            type="range"
            min={min}
            max={max}
            step={step}
            value={value}
            onChange={(e) => onSlide(Number(e.target.value))}
            className="w-full"
            data-testid={`${testId}-slider`}
          />
        </label>
        <label className="flex items-center gap-2">
          <span className="sr-only">
            {label}: {typeLabel}
          </span>
          <input
            type="text"
            inputMode="decimal"
            value={typed}
            onChange={(e) => onType(e.target.value)}
            aria-invalid={error}
            aria-describedby={error ? `${id}-err` : undefined}
            className={field}
            data-testid={`${testId}-input`}
          />
        </label>
      </div>
      {error ? (
        <p id={`${id}-err`} role="alert" className="mt-1 font-medium" style={{ color: 'var(--accent)' }} data-testid={`${testId}-error`}>
          {errorText}
        </p>
      ) : null}
    </div>
  );
}
