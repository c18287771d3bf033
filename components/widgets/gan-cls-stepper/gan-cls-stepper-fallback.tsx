// The static version: the toy discriminator's three scores and the F3 losses for the default captions,
// computed at build time from the same lib code, plus the list of steps.
import { clsRound, type ClsCaption } from '@/lib/gan/text-conditioned';
import type { Locale } from '@/lib/i18n/locales';
import { createRng } from '@/lib/math/random';
import { formatNumber } from '../text-to-image-shared/format';
import { clsSchema, STEPS } from './schema';
import { clsText } from './strings';

export function GanClsStepperFallback({ lang }: { lang: Locale }) {
  const t = clsText[lang];
  const right = clsSchema.right.default as ClsCaption;
  const wrong = clsSchema.wrong.default as ClsCaption;
  const r = clsRound(right, wrong, clsSchema.beta.default, clsSchema.int.default, createRng(clsSchema.seed.default));
  const f = (x: number) => formatNumber(x, lang);
  return (
    <figure className="rounded-lg border border-[var(--border)] p-3 sm:p-4">
      <figcaption className="mb-2 font-semibold">{t.title}</figcaption>
      <p className="mb-2 text-sm" style={{ color: 'var(--muted)' }}>{t.intro}</p>
      <ol className="mb-3 list-decimal ps-6 text-sm">
        {STEPS.map((s) => (
          <li key={s}>
            <strong>{t.steps[s].name}.</strong> {t.steps[s].body}
          </li>
        ))}
      </ol>
      <table className="w-full text-sm tabular-nums">
        <caption className="mb-1 text-start">{t.fallbackCaption(t.captions[right], t.captions[wrong])}</caption>
        <thead>
          <tr>
            <th scope="col" className="text-start">{t.term}</th>
            <th scope="col" className="text-end">D</th>
            <th scope="col" className="text-end">{t.target}</th>
          </tr>
        </thead>
        <tbody>
          <tr><th scope="row" className="text-start font-normal">{t.pairRealRight}</th><td className="text-end">{f(r.sr)}</td><td className="text-end">{t.targetReal}</td></tr>
          <tr><th scope="row" className="text-start font-normal">{t.pairRealWrong}</th><td className="text-end">{f(r.sw)}</td><td className="text-end">{t.targetFake}</td></tr>
          <tr><th scope="row" className="text-start font-normal">{t.pairFakeRight}</th><td className="text-end">{f(r.sf)}</td><td className="text-end">{t.targetFake}</td></tr>
        </tbody>
      </table>
      <p className="mt-2 text-sm tabular-nums">{t.lossD}: {f(r.terms.lossD)} · {t.lossG}: {f(r.terms.lossG)}</p>
      <p className="mt-2 text-sm" style={{ color: 'var(--muted)' }}>{t.fallbackNote}</p>
    </figure>
  );
}
