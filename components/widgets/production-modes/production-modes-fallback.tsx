// The static version of the widget: the same ratings as a table and the default curation figure.
import { dimensions, illustrativeCost, modes, ratingsFor, usableCost } from '@/lib/aigc/production-modes';
import type { Locale } from '@/lib/i18n/locales';
import { formatUnits } from './format';
import { productionModesSchema } from './schema';
import { productionModesText } from './strings';

export function ProductionModesFallback({ lang }: { lang: Locale }) {
  const t = productionModesText[lang];
  const keep = productionModesSchema.keep.default;
  const usable = usableCost(illustrativeCost.aigcDraft, keep / 100);
  return (
    <figure className="rounded-lg border border-[var(--border)] p-3 sm:p-4">
      <figcaption className="mb-2 font-semibold">{t.title}</figcaption>
      <div className="overflow-x-auto">
        <table className="w-full text-sm">
          <caption className="mb-2 text-start text-sm" style={{ color: 'var(--muted)' }}>
            {t.fallbackCaption}
          </caption>
          <thead>
            <tr>
              <th scope="col"></th>
              {modes.map((m) => (
                <th key={m} scope="col">{t.modes[m]}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {dimensions.map((d) => (
              <tr key={d}>
                <th scope="row">{t.dimensions[d].label}</th>
                {ratingsFor(d).map(({ mode, rating }) => (
                  <td key={mode}>{rating}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="mt-3 text-sm">
        {t.fallbackKeep(formatUnits(usable, lang), formatUnits(illustrativeCost.pgcPiece, lang), keep)}
      </p>
    </figure>
  );
}
