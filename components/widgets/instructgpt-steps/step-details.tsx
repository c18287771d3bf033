// One step's description and figures, shared by the static fallback and the live stepper.
import type { InstructGptStep } from '@/content/data/chatgpt/instructgpt-steps';
import type { Locale } from '@/lib/i18n/locales';
import { figureRows } from './figures';
import { stepsText } from './strings';

const fieldOrder = ['data', 'producedBy', 'trained', 'startsFrom', 'produces', 'formula'] as const;

export function StepDetails({ step, lang }: { step: InstructGptStep; lang: Locale }) {
  const t = stepsText[lang];
  return (
    <>
      <dl className="grid gap-x-3 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
        {fieldOrder.map((field) => (
          <div key={field} className="contents">
            <dt className="font-medium">{t.fields[field]}</dt>
            <dd className={`mb-1 ms-0 ${field === 'formula' ? 'font-mono text-xs break-words' : ''}`}>{step[field][lang]}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-3 text-sm font-medium">{t.figures}</p>
      <ul className="mt-1 grid gap-1 text-sm" data-testid="step-figures">
        {figureRows(step, lang).map((row) => (
          <li key={row.id} data-figure={row.id} className="flex flex-wrap justify-between gap-x-3 border-b border-[var(--border)] pb-1">
            <span>{row.label}</span>
            <span className="font-semibold tabular-nums">
              {row.value}
              {row.note ? (
                <span className="block text-xs font-normal" style={{ color: 'var(--muted)' }}>
                  {row.note}
                </span>
              ) : null}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
