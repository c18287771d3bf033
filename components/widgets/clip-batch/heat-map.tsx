// The N×N matrix as a table whose cells are shaded by value; rows are images, columns captions, and the
// diagonal (the pairs the loss calls matching) is outlined. Pure markup, shared by the widget and its fallback.
import type { Locale } from '@/lib/i18n/locales';
import { formatCell } from './format';
import type { View } from './schema';
import { clipText } from './strings';

/**
 * Pale to mid blue under dark text in both themes. The scale stops at 60% lightness, where the text still
 * has 5.7:1 contrast; a darker end would need white text, and the switch-over band passes for neither.
 */
function shade(share: number): { background: string; color: string } {
  const s = Math.min(1, Math.max(0, share));
  return { background: `hsl(212 80% ${97 - s * 37}%)`, color: '#0f172a' };
}

export function HeatMap({
  matrix,
  view,
  rowLabels,
  columnLabels,
  lang,
}: {
  matrix: readonly (readonly number[])[];
  view: View;
  rowLabels: readonly string[];
  columnLabels: readonly string[];
  lang: Locale;
}) {
  const t = clipText[lang];
  const values = matrix.flat();
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const share = (v: number) => (view !== 'logits' ? v : hi > lo ? (v - lo) / (hi - lo) : 0.5);
  return (
    <table className="w-full table-fixed border-collapse text-center text-[11px] sm:text-xs" data-testid="clip-matrix">
      <caption className="mb-1 text-start text-xs" style={{ color: 'var(--muted)' }}>{t.tableCaption(t.views[view])}</caption>
      <thead>
        <tr>
          <th scope="col" className="w-14 p-0.5 text-start font-normal sm:w-20">
            <span className="sr-only">{t.image}</span>
          </th>
          {columnLabels.map((label, j) => (
            <th key={j} scope="col" className="p-0.5 font-medium break-words" data-testid={`clip-col-${j}`}>{t.captionCell(label)}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {matrix.map((row, i) => (
          <tr key={i}>
            <th scope="row" className="p-0.5 text-start font-medium break-words" data-testid={`clip-row-${i}`}>{rowLabels[i]}</th>
            {row.map((v, j) => (
              <td
                key={j}
                className="border border-[var(--bg)] px-0 py-1.5 font-mono tabular-nums"
                style={{ ...shade(share(v)), boxShadow: i === j ? 'inset 0 0 0 2px var(--fg)' : undefined }}
                data-testid={`clip-cell-${i}-${j}`}
                data-diagonal={i === j ? 'true' : undefined}
              >
                {formatCell(v, view, lang)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
