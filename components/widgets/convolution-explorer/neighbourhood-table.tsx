// The numbers behind the selected output pixel: each input pixel × its weight, the products and their sum,
// as a 3×3 grid laid out like the kernel (a list, so a screen reader hears each cell with its position).
import type { Locale } from '@/lib/i18n/locales';
import type { Kernel } from '@/lib/vision/convolution';
import type { Neighbourhood } from '@/lib/vision/neighbourhood';
import { formatValue } from './format';
import { convText } from './strings';

export function NeighbourhoodTable({ n, kernel, shownGrey, lang, idBase }: { n: Neighbourhood; kernel: Kernel; shownGrey: number; lang: Locale; idBase: string }) {
  const t = convText[lang];
  const f = (x: number) => formatValue(x, lang);
  const weight = (w: number) => (w < 0 ? `(${f(w)})` : f(w));
  const anyOutside = n.outside.some((row) => row.some(Boolean));
  return (
    <div className="mt-3">
      <p className="mb-1 text-sm font-medium" id={`${idBase}-nb`}>{t.neighbourhood}</p>
      <ol className="grid w-full max-w-sm list-none grid-cols-3 p-0 text-center font-mono text-xs" style={{ paddingInlineStart: 0 }} aria-labelledby={`${idBase}-nb`} data-testid="conv-neighbourhood">
        {n.pixels.flatMap((row, i) =>
          row.map((v, j) => (
            <li
              key={`${i}-${j}`}
              className="border border-[var(--border)] px-0.5 py-1"
              style={n.outside[i]?.[j] ? { background: 'var(--surface)', color: 'var(--muted)' } : undefined}
              aria-label={t.cell(i + 1, j + 1, `${f(v)} × ${weight(kernel[i]?.[j] ?? 0)} = ${f(n.products[i]?.[j] ?? 0)}`)}
            >
              <span className="block" aria-hidden="true">
                {f(v)} × {weight(kernel[i]?.[j] ?? 0)}
              </span>
              <span className="block font-semibold" aria-hidden="true">= {f(n.products[i]?.[j] ?? 0)}</span>
            </li>
          )),
        )}
      </ol>
      {anyOutside ? <p className="mt-1 text-xs" style={{ color: 'var(--muted)' }}>{t.padded}</p> : null}
      <p className="mt-1 text-sm font-medium" data-testid="conv-sum">
        {t.total(f(n.sum), f(shownGrey))}
      </p>
    </div>
  );
}
