'use client';
// The query word and its answer cut into GPT-3's BPE pieces: an English word is often one token, while a
// Chinese character is split into byte pieces that mean nothing on their own.
import type { Locale } from '@/lib/i18n/locales';
import type { TokenPiece } from '@/lib/text/gpt3-tokens';
import { fewShotText } from './strings';

function Pieces({ pieces, byte }: { pieces: readonly TokenPiece[]; byte: string }) {
  return (
    <span className="inline-flex flex-wrap gap-1 align-middle">
      {pieces.map((p, i) => {
        const partial = p.text.includes('\uFFFD');
        return (
          <span key={i} className="rounded border border-[var(--border)] px-1 font-mono text-xs" title={`#${p.id}`} style={partial ? { borderStyle: 'dashed' } : undefined}>
            {partial ? `${byte} #${p.id}` : p.text.replace(/ /gu, '␣')}
          </span>
        );
      })}
    </span>
  );
}

export function TokenPieces({ pieces, answerPieces, lang }: { pieces: readonly TokenPiece[]; answerPieces: readonly TokenPiece[]; lang: Locale }) {
  const t = fewShotText[lang];
  const word = (ps: readonly TokenPiece[]) => ps.map((p) => p.text).join('').trim();
  return (
    <div className="mt-2 space-y-1 text-sm" data-testid="token-pieces">
      <p>
        {t.pieces(word(pieces), pieces.length)} <Pieces pieces={pieces} byte={t.byte} />
      </p>
      <p>
        {t.pieces(word(answerPieces), answerPieces.length)} <Pieces pieces={answerPieces} byte={t.byte} />
      </p>
    </div>
  );
}
