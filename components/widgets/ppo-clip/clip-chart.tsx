'use client';
// One panel: L^CLIP against the ratio for one sign of the advantage, r·Â dashed beside it, the region where
// the clip is active shaded and labelled (not only coloured), and the reader's point when its sign matches.
import { CartesianGrid, Line, LineChart, ReferenceArea, ReferenceDot, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { Locale } from '@/lib/i18n/locales';
import type { ClippedObjectivePoint } from '@/lib/rlhf/ppo';
import { formatShort } from '../chatgpt-shared/format';
import { RATIO_FROM, RATIO_TO } from './schema';
import { ppoClipText } from './strings';

const LINE = '#2563eb';
const FLAT = '#b45309';

export function ClipChart({
  curve,
  advantage,
  epsilon,
  marker,
  title,
  lang,
  testId,
}: {
  curve: readonly ClippedObjectivePoint[];
  advantage: number;
  epsilon: number;
  marker: { r: number; objective: number } | null;
  title: string;
  lang: Locale;
  testId: string;
}) {
  const t = ppoClipText[lang];
  const lo = 1 - epsilon;
  const hi = 1 + epsilon;
  const positive = advantage > 0;
  const fmt = (x: number) => formatShort(x, lang, 3);
  const label = t.chartLabel(fmt(advantage), fmt(lo), fmt(hi), positive ? t.flatAbove(fmt(hi)) : t.flatBelow(fmt(lo)));
  const values = curve.flatMap((p) => [p.objective, p.unclipped]);
  const yMin = Math.min(0, ...values);
  const yMax = Math.max(0, ...values);
  const data = curve.map((p) => ({ r: p.ratio, objective: p.objective, unclipped: p.unclipped }));
  return (
    <div className="min-w-0">
      <p className="mb-1 text-sm font-medium">{title}</p>
      <div role="img" aria-label={label} className="h-52 w-full" data-testid={testId}>
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={data} margin={{ top: 8, right: 12, bottom: 16, left: 0 }}>
            <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
            <ReferenceArea
              x1={positive ? hi : RATIO_FROM}
              x2={positive ? RATIO_TO : lo}
              fill={FLAT}
              fillOpacity={0.15}
              label={{ value: t.clipped, position: 'insideTop', fill: 'var(--fg)', fontSize: 11 }}
            />
            <XAxis
              dataKey="r"
              type="number"
              domain={[RATIO_FROM, RATIO_TO]}
              ticks={[0, 0.5, 1, 1.5, 2]}
              tick={{ fill: 'var(--fg)', fontSize: 11 }}
              label={{ value: t.ratioAxis, position: 'insideBottom', offset: -8, fill: 'var(--muted)', fontSize: 11 }}
            />
            <YAxis domain={[yMin, yMax]} width={36} tick={{ fill: 'var(--fg)', fontSize: 11 }} tickFormatter={(v: number) => fmt(v)} />
            <ReferenceLine x={lo} stroke="var(--muted)" strokeDasharray="2 3" />
            <ReferenceLine x={hi} stroke="var(--muted)" strokeDasharray="2 3" />
            <ReferenceLine y={0} stroke="var(--muted)" />
            <Line type="linear" dataKey="unclipped" stroke="var(--muted)" strokeDasharray="5 4" strokeWidth={1.5} dot={false} isAnimationActive={false} />
            <Line type="linear" dataKey="objective" stroke={LINE} strokeWidth={2.5} dot={false} isAnimationActive={false} />
            {marker ? <ReferenceDot x={marker.r} y={marker.objective} r={5} fill={FLAT} stroke="var(--bg)" strokeWidth={2} /> : null}
          </LineChart>
        </ResponsiveContainer>
      </div>
    </div>
  );
}
