'use client';
// Live stepper over InstructGPT's three steps: tabs (← → Home End), previous/next buttons, each step's data, people,
// training target and figures, and for the reward model a K picker with the C(K, 2) pairs one ranking gives.
import { useId, useRef, type KeyboardEvent } from 'react';
import { paper } from '@/content/data/chatgpt/instructgpt-steps';
import type { Locale } from '@/lib/i18n/locales';
import { WidgetShell } from '../widget-shell';
import { formatCount } from './figures';
import { StepDetails } from './step-details';
import { stepsText } from './strings';
import { useInstructGptSteps } from './use-instructgpt-steps';

const choice =
  'flex min-h-10 min-w-10 cursor-pointer items-center justify-center rounded-md border border-[var(--border)] px-2 has-[:checked]:bg-[var(--surface)] has-[:checked]:font-semibold has-[:focus-visible]:outline has-[:focus-visible]:outline-2';

export default function InstructGptSteps({ lang }: { lang: Locale }) {
  const t = stepsText[lang];
  const s = useInstructGptSteps();
  const id = useId();
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const n = s.steps.length;
  const ks = Array.from({ length: paper.kMax - paper.kMin + 1 }, (_, i) => paper.kMin + i);

  function go(i: number, focus: boolean) {
    const target = Math.max(0, Math.min(n - 1, i));
    s.select(target);
    if (focus) tabs.current[target]?.focus();
  }

  function onTabKey(e: KeyboardEvent<HTMLButtonElement>) {
    const moves: Record<string, number> = { ArrowRight: s.index + 1, ArrowLeft: s.index - 1, Home: 0, End: n - 1 };
    const target = moves[e.key];
    if (target === undefined) return;
    e.preventDefault();
    go(target, true);
  }

  return (
    <WidgetShell
      title={t.title}
      problems={s.problems}
      labels={{ copySettingLink: t.copySettingLink, settingLinkCopied: t.settingLinkCopied, ignoredParam: t.ignoredParam }}
      link={s.link}
      testId="instructgpt-steps"
    >
      <div role="tablist" aria-label={t.tablist} className="grid grid-cols-3 gap-1">
        {s.steps.map((step, i) => {
          const selected = i === s.index;
          return (
            <button
              key={step.id}
              ref={(el) => {
                tabs.current[i] = el;
              }}
              type="button"
              role="tab"
              id={`${id}-tab-${step.id}`}
              aria-selected={selected}
              aria-controls={`${id}-panel`}
              tabIndex={selected ? 0 : -1}
              onClick={() => go(i, false)}
              onKeyDown={onTabKey}
              data-step={step.id}
              className={`min-h-12 rounded-md border px-1 py-1 text-center text-sm leading-tight ${
                selected ? 'border-[var(--link)] bg-[var(--surface)] font-semibold' : 'border-[var(--border)] hover:bg-[var(--surface)]'
              }`}
            >
              <span className="block text-xs font-normal" style={{ color: 'var(--muted)' }}>
                {t.stepN(i + 1)}
              </span>
              {step.short[lang]}
            </button>
          );
        })}
      </div>
      <div className="mt-1 h-1.5 w-full overflow-hidden rounded-full bg-[var(--surface)]" aria-hidden="true">
        <div className="h-full motion-safe:transition-[width]" style={{ width: `${((s.index + 1) / n) * 100}%`, background: 'var(--link)' }} />
      </div>

      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-tab-${s.step.id}`} tabIndex={0} className="mt-3" data-testid="step-panel">
        <p className="mb-2 font-semibold" data-testid="step-title">
          {s.step.title[lang]}
        </p>
        <StepDetails step={s.step} lang={lang} />

        {s.step.id === 'rm' ? (
          <div className="mt-4 rounded-md border border-[var(--border)] p-2">
            <fieldset>
              <legend className="mb-1 text-sm font-medium">{t.kLegend}</legend>
              <div className="flex flex-wrap gap-1 text-sm">
                {ks.map((k) => (
                  <label key={k} className={choice}>
                    <input type="radio" name={`${id}-k`} className="sr-only" checked={s.k === k} onChange={() => s.setK(k)} data-testid={`k-${k}`} />
                    {k}
                  </label>
                ))}
              </div>
            </fieldset>
            <p className="mt-2 text-sm font-semibold" aria-live="polite" data-testid="k-result">
              {t.kResult(s.k, formatCount(s.comparisons, lang))}
            </p>
            <p className="mt-1 text-xs" style={{ color: 'var(--muted)' }}>
              {t.pairsCaption(s.letters.join(lang === 'zh' ? '、' : ', '))}
            </p>
            <ul className="mt-1 flex list-none flex-wrap gap-1 p-0 font-mono text-xs" data-testid="k-pairs">
              {s.pairs.map((p) => (
                <li key={`${p.winner}${p.loser}`} className="rounded border border-[var(--border)] px-1">
                  {p.winner} ≻ {p.loser}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>

      <div className="mt-4 flex flex-wrap items-center justify-between gap-2 text-sm">
        <button
          type="button"
          aria-disabled={s.index === 0}
          onClick={() => go(s.index - 1, false)}
          className="min-h-10 rounded-md border border-[var(--border)] px-3 hover:bg-[var(--surface)] aria-disabled:opacity-50"
          data-testid="step-prev"
        >
          ← {t.prev}
        </button>
        <span aria-live="polite" data-testid="steps-status">
          {t.status(s.index + 1, n, s.step.short[lang])}
        </span>
        <button
          type="button"
          aria-disabled={s.index === n - 1}
          onClick={() => go(s.index + 1, false)}
          className="min-h-10 rounded-md border border-[var(--border)] px-3 hover:bg-[var(--surface)] aria-disabled:opacity-50"
          data-testid="step-next"
        >
          {t.next} →
        </button>
      </div>
    </WidgetShell>
  );
}
