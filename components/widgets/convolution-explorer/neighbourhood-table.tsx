// The numbers behind the selected output pixel: each input pixel × its weight, the products and their sum.
import type { Locale } from '@/lib/i18n/locales';
import type { Kernel } from '@/lib/vision/convolution';
import type { Neighbourhood } from '@/lib/vision/neighbourhood';
import { formatValue } from './format';
import { convText } from './strings';

export function NeighbourhoodTable({ n, kernel, shownGrey, lang }: { n: Neighbourhood; kernel: Kernel; shownGrey: number; lang: Locale }) {
  const t = convText[lang];
  const f = (x: number) => formatValue(x, lang);
  const weight = (w: number) => (w < 0 ? `(${f(w)})` : f(w));
  const anyOutside = n.outside.some((row) => row.some(Boolean));
  return (
    <div className="mt-3">
      <table className="w-full max-w-sm table-fixed border-collapse text-center font-mono text-xs" data-testid="conv-neighbourhood">
        <caption className="mb-1 text-start font-sans text-sm font-medium">{t.neighbourhood}</caption>
        <tbody>
          {n.pixels.map((row, i) => (
            <tr key={i}>
              {row.map((v, j) => (
                <td
                  key={j}
                  className="border border-[var(--border)] px-0.5 py-1"
                  style={n.outside[i]?.[j] ? { background: 'var(--surface)', color: 'var(--muted)' } : undefined}
                >
                  <span className="block">
                    {f(v)} × {weight(kernel[i]?.[j] ?? 0)}
                  </span>
                  <span className="block font-semibold">= {f(n.products[i]?.[j] ?? 0)}</span>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {anyOutside ? <p className="mt-1 text-xs" style={{ color: 'var(--muted)' }}>{t.padded}</p> : null}
      <p className="mt-1 text-sm font-medium" data-testid="conv-sum">
        {t.total(f(n.sum), f(shownGrey))}
      </p>
    </div>
  );
}
