// The static version, computed at build time from lib/gan: the loss terms and the generator's slope per logit at
// a few values of D, and the value of the game for three generator Gaussians, ending at the match (−log 4).
import type { Locale } from '@/lib/i18n/locales';
import { lossCurvePoint } from '@/lib/gan/loss';
import { gaussianPanel, OPTIMAL_VALUE } from '@/lib/gan/loss-explorer';
import { formatNumber } from './format';
import { FALLBACK_D, FALLBACK_GENERATORS } from './schema';
import { lossExplorerText } from './strings';

export function GanLossExplorerFallback({ lang }: { lang: Locale }) {
  const t = lossExplorerText[lang];
  const f = (x: number) => formatNumber(x, lang);
  return (
    <figure className="rounded-lg border border-[var(--border)] p-3 sm:p-4">
      <figcaption className="mb-2 font-semibold">{t.title}</figcaption>
      <div className="overflow-x-auto">
        <table className="w-full text-sm">
          <caption className="mb-2 text-start text-sm" style={{ color: 'var(--muted)' }}>{t.fallbackCurves}</caption>
          <thead>
            <tr>
              <th scope="col" className="text-start">D</th>
              <th scope="col" className="text-end">log D</th>
              <th scope="col" className="text-end">log(1 − D)</th>
              <th scope="col" className="text-end">−log D</th>
              <th scope="col" className="text-end">{t.minimax}</th>
              <th scope="col" className="text-end">{t.nonSaturating}</th>
            </tr>
          </thead>
          <tbody>
            {FALLBACK_D.map((d) => {
              const p = lossCurvePoint(d);
              return (
                <tr key={d}>
                  <th scope="row" className="text-start font-normal">{formatNumber(d, lang, 2)}</th>
                  <td className="text-end tabular-nums">{f(p.logD)}</td>
                  <td className="text-end tabular-nums">{f(p.log1mD)}</td>
                  <td className="text-end tabular-nums">{f(p.negLogD)}</td>
                  <td className="text-end tabular-nums">{f(p.log1mDPerLogit)}</td>
                  <td className="text-end tabular-nums">{f(p.negLogDPerLogit)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="mt-1 text-xs" style={{ color: 'var(--muted)' }}>{t.gradientTitle}: {t.minimax} / {t.nonSaturating}</p>
      <table className="mt-4 w-full text-sm">
        <caption className="mb-2 text-start text-sm" style={{ color: 'var(--muted)' }}>{t.fallbackGauss}</caption>
        <thead>
          <tr>
            <th scope="col" className="text-start">{t.generator}</th>
            <th scope="col" className="text-end">{t.vLabel}</th>
            <th scope="col" className="text-end">{t.gapLabel}</th>
          </tr>
        </thead>
        <tbody>
          {FALLBACK_GENERATORS.map((g) => {
            const panel = gaussianPanel(g.mu, g.sigma);
            return (
              <tr key={`${g.mu}-${g.sigma}`}>
                <th scope="row" className="text-start font-normal">N({formatNumber(g.mu, lang, 1)}, {formatNumber(g.sigma, lang, 1)}²)</th>
                <td className="text-end tabular-nums">{f(panel.value)}</td>
                <td className="text-end tabular-nums">{f(panel.gap)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="mt-2 text-sm">
        {t.minLabel} = {f(OPTIMAL_VALUE)}
      </p>
    </figure>
  );
}
