'use client';
// One multiple-choice question: choose, check, or reveal; each option then shows why it is right or wrong.
// Without JavaScript the answer and explanations sit in a <details> below the options.
import { createContext, useContext, useId, useSyncExternalStore, type ReactNode } from 'react';
import { quizLabels } from './quiz-labels';
import { useAnswer, type AnswerState } from './quiz-store';
import type { Locale } from '@/lib/i18n/locales';

interface QuestionContext {
  name: string;
  answer: string;
  state: AnswerState;
  hydrated: boolean;
  whyLabel: string;
  choose: (id: string) => void;
}

const Ctx = createContext<QuestionContext | null>(null);
const noop = () => () => {};

export function Question({
  id,
  answer,
  prompt,
  predict,
  tryHref,
  lang,
  children,
}: {
  id: string;
  answer: string;
  prompt: string;
  predict?: boolean;
  tryHref?: string;
  lang: Locale;
  children?: ReactNode;
}) {
  const t = quizLabels[lang];
  const name = useId();
  const [state, save] = useAnswer(id);
  const hydrated = useSyncExternalStore(noop, () => true, () => false);
  const correct = state.checked && state.selected === answer;

  return (
    <Ctx.Provider value={{ name, answer, state, hydrated, whyLabel: t.why, choose: (option) => save({ selected: option, checked: false }) }}>
      <fieldset className="quiz-question my-6 rounded-lg border border-[var(--border)] p-3 sm:p-4" data-question={id}>
        <legend className="px-1 font-semibold">{prompt}</legend>
        {predict ? (
          <p className="mb-2 text-sm font-medium" style={{ color: 'var(--accent)' }}>
            {t.predict}
          </p>
        ) : null}
        <ul className="quiz-options list-none space-y-2 p-0" style={{ paddingInlineStart: 0 }}>
          {children}
        </ul>
        {hydrated ? (
          <div className="quiz-actions mt-3 flex flex-wrap items-center gap-2">
            <button
              type="button"
              className="rounded-md border border-[var(--border)] px-3 py-1.5 font-medium hover:bg-[var(--surface)]"
              onClick={() => state.selected && save({ selected: state.selected, checked: true })}
              aria-disabled={!state.selected}
            >
              {t.check}
            </button>
            <button type="button" className="rounded-md border border-[var(--border)] px-3 py-1.5 hover:bg-[var(--surface)]" onClick={() => save({ selected: answer, checked: true, revealed: true })}>
              {t.reveal}
            </button>
            {state.checked ? (
              <button type="button" className="rounded-md px-3 py-1.5 underline" onClick={() => save({ selected: null, checked: false })}>
                {t.reset}
              </button>
            ) : null}
            {predict && tryHref ? (
              <a href={tryHref} className="ms-auto">
                {t.tryIt}
              </a>
            ) : null}
          </div>
        ) : predict && tryHref ? (
          <p className="mt-3">
            <a href={tryHref}>{t.tryIt}</a>
          </p>
        ) : null}
        <p role="status" className="quiz-status mt-2 font-medium" data-testid={`quiz-status-${id}`}>
          {hydrated && state.checked ? (state.revealed ? t.revealed : correct ? t.correct : t.incorrect) : ''}
        </p>
        {!hydrated ? (
          <details className="quiz-answer mt-2">
            <summary className="cursor-pointer">{t.answer}</summary>
            <p className="mt-1">
              {t.answer}: <strong>{answer.toUpperCase()}</strong>
            </p>
          </details>
        ) : null}
      </fieldset>
    </Ctx.Provider>
  );
}

export function Option({ id, why, children }: { id: string; why: string; children?: ReactNode }) {
  const q = useContext(Ctx);
  if (!q) return null;
  const isAnswer = id === q.answer;
  const show = q.hydrated ? q.state.checked : false;
  return (
    <li className="quiz-option rounded-md border border-[var(--border)] p-2" data-option={id}>
      <label className="flex cursor-pointer items-start gap-2">
        <input
          type="radio"
          name={q.name}
          value={id}
          checked={q.state.selected === id}
          onChange={() => q.choose(id)}
          className="mt-0.5 h-5 w-5 shrink-0"
        />
        <span>
          <span className="me-1 font-semibold">{id.toUpperCase()}.</span>
          {children}
        </span>
      </label>
      {show ? (
        <p className="quiz-why mt-1 ps-7 text-sm">
          <strong>{isAnswer ? '✓' : '✗'}</strong> {why}
        </p>
      ) : null}
      {!q.hydrated ? (
        <details className="quiz-answer mt-1 ps-7 text-sm">
          <summary className="cursor-pointer">{q.whyLabel}</summary>
          {why}
        </details>
      ) : null}
    </li>
  );
}
