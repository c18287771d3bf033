// The static version: all three steps one after another, with the paper's figures and the comparisons per K,
// computed at build time by the same lib code the live stepper uses.
import { instructGptSteps, paper } from '@/content/data/chatgpt/instructgpt-steps';
import type { Locale } from '@/lib/i18n/locales';
import { comparisonsByK } from '@/lib/rlhf/comparisons';
import { formatCount } from './figures';
import { StepDetails } from './step-details';
import { stepsText } from './strings';

export function InstructGptStepsFallback({ lang }: { lang: Locale }) {
  const t = stepsText[lang];
  return (
    <figure className="rounded-lg border border-[var(--border)] p-3 sm:p-4">
      <figcaption className="mb-2">
        <span className="block font-semibold">{t.title}</span>
        <span className="text-sm" style={{ color: 'var(--muted)' }}>{t.fallbackCaption}</span>
      </figcaption>
      <ol className="grid list-none gap-4 p-0">
        {instructGptSteps.map((step) => (
          <li key={step.id} className="rounded-md border border-[var(--border)] p-3">
            <p className="mb-2 font-semibold">{step.title[lang]}</p>
            <StepDetails step={step} lang={lang} />
            {step.id === 'rm' ? (
              <table className="mt-3 text-sm">
                <caption className="text-start font-medium">{t.kTable}</caption>
                <thead>
                  <tr>
                    <th scope="col" className="pe-4 text-start">{t.kCol}</th>
                    <th scope="col" className="text-start">{t.cCol}</th>
                  </tr>
                </thead>
                <tbody>
                  {comparisonsByK(paper.kMin, paper.kMax).map((row) => (
                    <tr key={row.k}>
                      <td className="pe-4 tabular-nums">{row.k}</td>
                      <td className="tabular-nums">{formatCount(row.comparisons, lang)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : null}
          </li>
        ))}
      </ol>
    </figure>
  );
}
