'use client';
// The next-token distribution as horizontal bars: survivors of the cut in colour, cut tokens grey and
// labelled "✕ cut" in the axis text, so the difference does not rest on colour.
import { Bar, BarChart, Cell, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { Locale } from '@/lib/i18n/locales';
import type { TokenBar } from '@/lib/text/next-token-view';
import { formatPercent } from '../pretraining-shared/format';
import { nextTokenText } from './strings';

const KEPT = '#2563eb';
const CUT = '#94a3b8';

/** Shows a token readably: spaces and line breaks would be invisible on an axis. */
export function showToken(token: string): string {
  return token.replace(/\s/gu, '␣');
}

export function NextTokenChart({ bars, lang }: { bars: readonly TokenBar[]; lang: Locale }) {
  const t = nextTokenText[lang];
  const data = bars.map((b) => ({
    label: b.kept ? showToken(b.token) : `✕ ${showToken(b.token)} (${t.cut})`,
    value: b.tempered,
    pct: formatPercent(b.tempered, lang),
    kept: b.kept,
    key: b.index,
  }));
  const summary = t.chartLabel(bars.map((b) => `${showToken(b.token)} ${formatPercent(b.tempered, lang)} (${b.kept ? t.kept : t.cut})`).join(', '));
  return (
    <div role="img" aria-label={summary} className="h-80 w-full" data-testid="next-token-chart">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 48, bottom: 4, left: 4 }}>
          <XAxis type="number" hide domain={[0, 'dataMax']} />
          <YAxis type="category" dataKey="label" width={118} interval={0} tick={{ fill: 'var(--fg)', fontSize: 12 }} />
          <Bar dataKey="value" isAnimationActive={false} radius={[0, 3, 3, 0]}>
            {data.map((d) => (
              <Cell key={d.key} fill={d.kept ? KEPT : CUT} fillOpacity={d.kept ? 1 : 0.6} />
            ))}
            <LabelList dataKey="pct" position="right" style={{ fill: 'var(--fg)', fontSize: 12 }} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
