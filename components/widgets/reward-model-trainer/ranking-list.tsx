'use client';
// The answers in the reader's order: drag one onto another's place, or move it with its ↑ / ↓ buttons.
import { useEffect, useRef, useState } from 'react';
import { candidateAnswers, rewardFeatureIds } from '@/content/data/chatgpt/reward-answers';
import type { Locale } from '@/lib/i18n/locales';
import { answerLetter } from '@/lib/rlhf/ranking';
import { mutedStyle, smallButton } from '../chatgpt-shared/ui';
import { rewardModelText } from './strings';

export function RankingList({
  ranking,
  lang,
  onMove,
}: {
  ranking: readonly number[];
  lang: Locale;
  onMove: (from: number, to: number) => void;
}) {
  const t = rewardModelText[lang];
  const [dragFrom, setDragFrom] = useState<number | null>(null);
  const [over, setOver] = useState<number | null>(null);
  const list = useRef<HTMLOListElement>(null);
  // Moving an element in the DOM can drop its focus: put it back on the moved answer's button (or its other
  // button once it reaches the top or bottom), so keyboard users can press again.
  const [refocus, setRefocus] = useState<{ letter: string; dir: 'up' | 'down' } | null>(null);
  useEffect(() => {
    if (!refocus || !list.current) return;
    const item = list.current.querySelector<HTMLElement>(`[data-answer="${refocus.letter}"]`);
    const wanted = item?.querySelector<HTMLButtonElement>(`[data-dir="${refocus.dir}"]`);
    const other = item?.querySelector<HTMLButtonElement>(`[data-dir="${refocus.dir === 'up' ? 'down' : 'up'}"]`);
    (wanted && !wanted.disabled ? wanted : other)?.focus();
    setRefocus(null);
  }, [refocus, ranking]);
  const press = (place: number, dir: 'up' | 'down', letter: string) => {
    onMove(place, dir === 'up' ? place - 1 : place + 1);
    setRefocus({ letter, dir });
  };
  return (
    <ol ref={list} className="m-0 flex list-none flex-col gap-2 p-0" style={{ paddingInlineStart: 0 }} data-testid="ranking">
      {ranking.map((answer, place) => {
        const a = candidateAnswers[answer];
        if (!a) return null;
        const letter = answerLetter(answer);
        return (
          <li
            key={answer}
            draggable
            onDragStart={(e) => {
              setDragFrom(place);
              e.dataTransfer.effectAllowed = 'move';
              e.dataTransfer.setData('text/plain', letter);
            }}
            onDragOver={(e) => {
              e.preventDefault();
              setOver(place);
            }}
            onDragLeave={() => setOver((o) => (o === place ? null : o))}
            onDrop={(e) => {
              e.preventDefault();
              if (dragFrom !== null) onMove(dragFrom, place);
              setDragFrom(null);
              setOver(null);
            }}
            onDragEnd={() => {
              setDragFrom(null);
              setOver(null);
            }}
            className="flex cursor-grab items-start gap-2 rounded-md border p-2"
            style={{
              borderColor: over === place && dragFrom !== null && dragFrom !== place ? 'var(--link)' : 'var(--border)',
              opacity: dragFrom === place ? 0.6 : 1,
            }}
            data-testid={`rank-item-${letter}`}
            data-answer={letter}
          >
            <span className="w-5 shrink-0 pt-1 text-sm tabular-nums" style={mutedStyle}>{t.place(place + 1)}</span>
            <span className="shrink-0 rounded bg-[var(--surface)] px-1.5 pt-0.5 font-mono text-sm font-semibold" aria-hidden="true">{letter}</span>
            <div className="min-w-0 grow text-sm">
              <p className="m-0"><span className="sr-only">{letter}: </span>{a.text[lang]}</p>
              <p className="m-0 mt-1 text-xs" style={mutedStyle}>
                {rewardFeatureIds.map((id) => t.featureValue(id, a.features[id])).join(' · ')}
              </p>
            </div>
            <div className="flex shrink-0 flex-col gap-1">
              <button type="button" className={smallButton} onClick={() => press(place, 'up', letter)} data-dir="up" disabled={place === 0} aria-label={t.moveUp(letter)}>
                ↑
              </button>
              <button type="button" className={smallButton} onClick={() => press(place, 'down', letter)} data-dir="down" disabled={place === ranking.length - 1} aria-label={t.moveDown(letter)}>
                ↓
              </button>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
