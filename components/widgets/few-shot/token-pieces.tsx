'use client';
// The query word and its answer cut into GPT-3's BPE tokens: an English word is often one token, while a
// Chinese character's UTF-8 bytes are usually split over two or three tokens that mean nothing alone.
import type { Locale } from '@/lib/i18n/locales';
import type { TokenPiece } from '@/lib/text/gpt3-tokens';
import { fewShotText } from './strings';

function Pieces({ pieces, lang }: { pieces: readonly TokenPiece[]; lang: Locale }) {
  const t = fewShotText[lang];
  return (
    <span className="inline-flex flex-wrap gap-1 align-middle">
      {pieces.map((p, i) => (
        <span key={i} className="rounded border border-[var(--border)] px-1 font-mono text-xs" style={p.ids.length > 1 ? { borderStyle: 'dashed' } : undefined}>
          {p.text.replace(/ /gu, '␣')}
          {p.ids.length > 1 ? ` ${t.split(p.ids.length)}` : ''}
        </span>
      ))}
    </span>
  );
}

export function TokenPieces({ pieces, answerPieces, lang }: { pieces: readonly TokenPiece[]; answerPieces: readonly TokenPiece[]; lang: Locale }) {
  const t = fewShotText[lang];
  const count = (ps: readonly TokenPiece[]) => ps.reduce((n, p) => n + p.ids.length, 0);
  const word = (ps: readonly TokenPiece[]) => ps.map((p) => p.text).join('').trim();
  return (
    <div className="mt-2 space-y-1 text-sm" data-testid="token-pieces">
      {[pieces, answerPieces].map((ps, i) => (
        <p key={i}>
          {t.pieces(word(ps), count(ps))} <Pieces pieces={ps} lang={lang} />
        </p>
      ))}
    </div>
  );
}
