// The static version: every stage's input, output and size in one table, with the toy's numbers for the
// default caption, computed at build time from the same lib code.
import { createUnclipWorld, rgbValues, runUnclip, UNCLIP_SIDES } from '@/lib/clip/unclip-toy';
import type { Locale } from '@/lib/i18n/locales';
import { formatCount, formatNumber } from '../text-to-image-shared/format';
import { STAGES, unclipSchema } from './schema';
import { unclipText } from './strings';

export function UnclipPipelineFallback({ lang }: { lang: Locale }) {
  const t = unclipText[lang];
  const run = runUnclip(createUnclipWorld(), 'cat', unclipSchema.seed.default);
  const toyNote = (i: number) =>
    i === 1 ? t.textToImage(formatNumber(run.textToImage, lang)) : i === 2 ? t.priorToImage(formatNumber(run.priorToImage, lang), formatNumber(run.priorMeanToImage, lang)) : '';
  return (
    <figure className="rounded-lg border border-[var(--border)] p-3 sm:p-4">
      <figcaption className="mb-2 font-semibold">{t.title}</figcaption>
      <div className="overflow-x-auto">
        <table className="w-full text-sm">
          <caption className="mb-2 text-start" style={{ color: 'var(--muted)' }}>{t.fallbackCaption}</caption>
          <thead>
            <tr>
              <th scope="col" className="text-start">{t.stageCol}</th>
              <th scope="col" className="text-start">{t.inLabel}</th>
              <th scope="col" className="text-start">{t.outLabel}</th>
            </tr>
          </thead>
          <tbody>
            {STAGES.map((s, i) => {
              const side = i >= 3 ? UNCLIP_SIDES[i - 3] : undefined;
              return (
                <tr key={s}>
                  <th scope="row" className="text-start align-top">{t.stages[s].name}</th>
                  <td className="align-top">{t.stages[s].input}</td>
                  <td className="align-top">
                    {t.stages[s].output}
                    {side ? ` (${t.numbers(formatCount(rgbValues(side), lang))})` : null}
                    {toyNote(i) ? <span className="block" style={{ color: 'var(--muted)' }}>{toyNote(i)}</span> : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="mt-2 text-sm" style={{ color: 'var(--muted)' }}>{t.fallbackNote}</p>
    </figure>
  );
}
