// The cost table: one row per model (with its price), this request and 1,000 such requests. Shared by the
// static fallback and the live calculator (no hooks); every amount is computed in lib/pricing.
import { formatUsd, type CostRow } from '@/lib/pricing/cost';
import type { Locale } from '@/lib/i18n/locales';
import type { CostText } from './strings';

export function CostTable({ rows, caption, lang, t }: { rows: readonly CostRow[]; caption: string; lang: Locale; t: CostText }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm" data-testid="cost-table">
        <caption className="mb-2 text-start text-sm" style={{ color: 'var(--muted)' }}>
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t.columns.model}</th>
            <th scope="col">{t.columns.one}</th>
            <th scope="col">{t.columns.thousand}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.model} data-model={r.model}>
              <th scope="row">
                <code>{r.model}</code>
                <span className="block text-xs font-normal" data-testid="cost-rate">
                  {t.perThousandTokens(formatUsd(r.usdPer1k, lang))}
                </span>
                {r.sameTokenizer ? null : (
                  <span className="block text-xs font-normal" style={{ color: 'var(--muted)' }}>
                    ≈ {t.otherTokenizer}
                  </span>
                )}
              </th>
              <td data-testid="cost-one">{r.sameTokenizer ? '' : '≈ '}{formatUsd(r.perRequest, lang)}</td>
              <td data-testid="cost-thousand">{r.sameTokenizer ? '' : '≈ '}{formatUsd(r.perBatch, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
