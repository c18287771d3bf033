// The static version: the default few-shot prompt and the GPT-3 token counts of its zero-, one- and
// few-shot versions, computed at build time with the same tokenizer the live widget loads.
import type { Locale } from '@/lib/i18n/locales';
import { formatCount, formatPercent } from '../pretraining-shared/format';
import { promptStats } from './prompt-stats';
import { fewShotSchema, shotModes } from './schema';
import { fewShotText } from './strings';

export function FewShotFallback({ lang }: { lang: Locale }) {
  const t = fewShotText[lang];
  const base = { task: fewShotSchema.task.default, k: fewShotSchema.k.default, desc: fewShotSchema.desc.default };
  const rows = shotModes.map((shots) => ({ shots, stats: promptStats({ ...base, shots }, lang) }));
  const few = rows[rows.length - 1]!.stats;
  return (
    <figure className="rounded-lg border border-[var(--border)] p-3 sm:p-4">
      <figcaption className="mb-2 font-semibold">{t.title}</figcaption>
      <pre className="overflow-x-auto rounded-md bg-[var(--surface)] p-2 text-sm">{few.lines.join('')}</pre>
      <table className="mt-3 w-full text-sm">
        <caption className="mb-2 text-start text-sm" style={{ color: 'var(--muted)' }}>{t.fallbackCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.mode}</th>
            <th scope="col">{t.total}</th>
            <th scope="col">{t.windowShare}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ shots, stats }) => (
            <tr key={shots}>
              <td>{shots === 'few' ? t.shots.few.replace('K', String(base.k)) : t.shots[shots]}</td>
              <td>{formatCount(stats.total, lang)}</td>
              <td>{formatPercent(stats.share, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-3 text-sm">{t.fit(formatCount(few.fit.meanDemonstrationTokens, lang), formatCount(few.fit.fit, lang))}</p>
      <p className="mt-2 text-sm">{t.noWeights}</p>
    </figure>
  );
}
