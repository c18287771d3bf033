'use client';
// Expected reward-model score, expected true quality and KL against β on a log axis, the current β marked.
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { Locale } from '@/lib/i18n/locales';
import type { KlViewPoint } from '@/lib/rlhf/kl-view';
import { formatFixed, formatShort } from '../chatgpt-shared/format';
import { klTradeoffText } from './strings';

export function TradeoffChart({ curve, beta, lang }: { curve: readonly KlViewPoint[]; beta: number; lang: Locale }) {
  const t = klTradeoffText[lang];
  const first = curve[0];
  const last = curve.at(-1);
  const f = (x: number | undefined) => formatFixed(x ?? 0, lang, 2);
  const label = t.curveLabel(f(first?.reward), f(first?.quality), f(first?.kl), f(last?.reward), f(last?.quality), f(last?.kl));
  const data = curve.map((p) => ({ beta: p.beta, reward: p.reward, quality: p.quality, kl: p.kl }));
  return (
    <div role="img" aria-label={label} className="h-64 w-full" data-testid="tradeoff-chart">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 8, right: 12, bottom: 8, left: 0 }}>
          <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
          <XAxis
            dataKey="beta"
            type="number"
            scale="log"
            domain={[0.01, 100]}
            ticks={[0.01, 0.1, 1, 10, 100]}
            tickFormatter={(v: number) => formatShort(v, lang, 2)}
            tick={{ fill: 'var(--fg)', fontSize: 11 }}
          />
          <YAxis width={32} tick={{ fill: 'var(--fg)', fontSize: 11 }} />
          <ReferenceLine y={0} stroke="var(--muted)" />
          <ReferenceLine x={beta} stroke="var(--fg)" strokeDasharray="2 3" />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Line name={t.expReward} dataKey="reward" stroke="#2563eb" strokeWidth={2} dot={false} isAnimationActive={false} />
          <Line name={t.expQuality} dataKey="quality" stroke="#16a34a" strokeWidth={2} strokeDasharray="6 3" dot={false} isAnimationActive={false} />
          <Line name={t.kl} dataKey="kl" stroke="#b45309" strokeWidth={2} strokeDasharray="2 2" dot={false} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
