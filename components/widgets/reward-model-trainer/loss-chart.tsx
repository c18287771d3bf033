'use client';
// The reward model's mean pairwise loss against the training step, with ln 2 (no preference) marked.
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { Locale } from '@/lib/i18n/locales';
import { formatFixed } from '../chatgpt-shared/format';
import { rewardModelText } from './strings';

const MAX_POINTS = 201;

export function LossChart({ history, totalSteps, lang }: { history: readonly number[]; totalSteps: number; lang: Locale }) {
  const t = rewardModelText[lang];
  const every = Math.max(1, Math.ceil(history.length / MAX_POINTS));
  const data = history.flatMap((loss, step) => (step % every === 0 || step === history.length - 1 ? [{ step, loss }] : []));
  const end = history.at(-1) ?? Math.LN2;
  const label = t.lossChart(formatFixed(history[0] ?? Math.LN2, lang, 3), formatFixed(end, lang, 3), String(history.length - 1));
  return (
    <div role="img" aria-label={label} className="h-48 w-full" data-testid="loss-chart">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 8, right: 12, bottom: 16, left: 0 }}>
          <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
          <XAxis
            dataKey="step"
            type="number"
            domain={[0, Math.max(1, totalSteps)]}
            tick={{ fill: 'var(--fg)', fontSize: 11 }}
            label={{ value: t.stepAxis, position: 'insideBottom', offset: -8, fill: 'var(--muted)', fontSize: 11 }}
          />
          <YAxis domain={[0, 0.75]} ticks={[0, 0.25, 0.5, 0.75]} width={36} tick={{ fill: 'var(--fg)', fontSize: 11 }} />
          <ReferenceLine y={Math.LN2} stroke="var(--muted)" strokeDasharray="4 4" label={{ value: t.chance, position: 'insideTopRight', fill: 'var(--muted)', fontSize: 11 }} />
          <Line type="monotone" dataKey="loss" stroke="#2563eb" strokeWidth={2} dot={false} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
