// The static version, computed at build time by lib/rlhf/ppo: L^CLIP and its slope at the default ε for a
// few ratios, for Â = +1 and Â = −1, so the flat (slope 0) regions can be read without JavaScript.
import type { Locale } from '@/lib/i18n/locales';
import { clippedObjective, clippedObjectiveSlope } from '@/lib/rlhf/ppo';
import { formatShort } from '../chatgpt-shared/format';
import { mutedStyle } from '../chatgpt-shared/ui';
import { FALLBACK_RATIOS, ppoClipSchema } from './schema';
import { ppoClipText } from './strings';

export function PpoClipFallback({ lang }: { lang: Locale }) {
  const t = ppoClipText[lang];
  const eps = ppoClipSchema.eps.default;
  const fmt = (x: number) => formatShort(x, lang, 3);
  return (
    <figure className="rounded-lg border border-[var(--border)] p-3 sm:p-4">
      <figcaption className="mb-2 font-semibold">{t.title}</figcaption>
      <p className="text-sm" style={mutedStyle}>{t.intro}</p>
      <div className="overflow-x-auto">
        <table className="w-full text-sm">
          <caption className="mb-2 text-start text-sm" style={mutedStyle}>{t.fallbackCaption(fmt(eps))}</caption>
          <thead>
            <tr>
              <th scope="col" className="text-start">r</th>
              <th scope="col" className="text-end">L (Â = 1)</th>
              <th scope="col" className="text-end">{t.slope}</th>
              <th scope="col" className="text-end">L (Â = −1)</th>
              <th scope="col" className="text-end">{t.slope}</th>
            </tr>
          </thead>
          <tbody>
            {FALLBACK_RATIOS.map((r) => (
              <tr key={r}>
                <th scope="row" className="text-start font-normal">{fmt(r)}</th>
                <td className="text-end">{fmt(clippedObjective(r, 1, eps))}</td>
                <td className="text-end">{fmt(clippedObjectiveSlope(r, 1, eps))}</td>
                <td className="text-end">{fmt(clippedObjective(r, -1, eps))}</td>
                <td className="text-end">{fmt(clippedObjectiveSlope(r, -1, eps))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
