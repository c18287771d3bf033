'use client';
// One masking draw: each token as a chip showing what the model is fed, with the outcome written under
// it, then the list of targets the model must predict.
import type { Locale } from '@/lib/i18n/locales';
import type { MaskResult } from '@/lib/text/masking';
import { formatPercent } from '../pretraining-shared/format';
import { kindStyle, plainStyle } from './kind-style';
import { bertText } from './strings';

export function MaskedSentence({ tokens, masking, noneChosen, lang }: { tokens: readonly string[]; masking: MaskResult; noneChosen: number; lang: Locale }) {
  const t = bertText[lang];
  const chosen = masking.kinds.flatMap((kind, i) => (kind === null ? [] : [{ i, kind, word: tokens[i] as string }]));
  return (
    <div>
      <ol className="flex list-none flex-wrap gap-1.5 p-0" style={{ paddingInlineStart: 0 }} data-testid="masked-tokens">
        {tokens.map((token, i) => {
          const kind = masking.kinds[i] ?? null;
          const shown = masking.input[i] as string;
          return (
            <li
              key={i}
              className="flex min-w-10 flex-col items-center rounded-md px-1.5 py-1 text-sm"
              style={kind ? kindStyle[kind] : plainStyle}
              data-kind={kind ?? 'none'}
            >
              <span className={kind ? 'font-semibold' : ''}>{shown}</span>
              {kind ? (
                <span className="text-xs">
                  {t.kinds[kind]}
                  {kind === 'random' ? <span className="block">{t.was(token)}</span> : null}
                </span>
              ) : (
                <span className="sr-only">({t.notChosen})</span>
              )}
            </li>
          );
        })}
      </ol>
      <div className="mt-3 text-sm" aria-live="polite" data-testid="mask-targets">
        {chosen.length === 0 ? (
          <p>{t.noneChosen(formatPercent(noneChosen, lang, 0))}</p>
        ) : (
          <>
            <p className="font-medium">{t.targets(chosen.length)}</p>
            <ul className="mt-1 list-disc ps-5">
              {chosen.map(({ i, kind, word }) => (
                <li key={i}>{t.target(i + 1, word, t.kindHelp[kind])}</li>
              ))}
            </ul>
          </>
        )}
      </div>
    </div>
  );
}
