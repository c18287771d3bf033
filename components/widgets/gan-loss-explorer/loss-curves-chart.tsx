'use client';
// Panel 1's chart: log D, log(1 − D) and −log D against D, each with its tangent at the chosen D. The three lines
// differ in dash pattern as well as colour, so the legend does not rest on colour alone.
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { LossCurvePoint } from '@/lib/gan/loss';
import { tangentSegment } from '@/lib/gan/loss-explorer';

export const CURVE_STYLE = {
  logD: { color: '#2563eb', dash: undefined },
  log1mD: { color: '#d97706', dash: '6 4' },
  negLogD: { color: '#059669', dash: '2 3' },
} as const;

const Y_LIMIT = 5;
const TANGENT_HALF_WIDTH = 0.12;

export function LossCurvesChart({ series, point, label }: { series: readonly LossCurvePoint[]; point: LossCurvePoint; label: string }) {
  const tangents = (
    [
      ['logD', point.logD, point.dLogD],
      ['log1mD', point.log1mD, point.dLog1mD],
      ['negLogD', point.negLogD, point.dNegLogD],
    ] as const
  ).map(([key, value, slope]) => ({ key, segment: tangentSegment(point.d, value, slope, TANGENT_HALF_WIDTH) }));

  return (
    <div role="img" aria-label={label} className="h-64 w-full sm:h-72" data-testid="loss-curves-chart">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={series as LossCurvePoint[]} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
          <CartesianGrid stroke="var(--border)" strokeDasharray="2 4" />
          <XAxis type="number" dataKey="d" domain={[0, 1]} ticks={[0, 0.25, 0.5, 0.75, 1]} tick={{ fill: 'var(--fg)', fontSize: 12 }} />
          <YAxis type="number" domain={[-Y_LIMIT, Y_LIMIT]} ticks={[-4, -2, 0, 2, 4]} allowDataOverflow width={32} tick={{ fill: 'var(--fg)', fontSize: 12 }} />
          <ReferenceLine y={0} stroke="var(--muted)" />
          {(Object.keys(CURVE_STYLE) as (keyof typeof CURVE_STYLE)[]).map((key) => (
            <Line
              key={key}
              dataKey={key}
              type="monotone"
              dot={false}
              stroke={CURVE_STYLE[key].color}
              strokeDasharray={CURVE_STYLE[key].dash}
              strokeWidth={2}
              isAnimationActive={false}
            />
          ))}
          {tangents.map(({ key, segment }) => (
            <ReferenceLine key={`t-${key}`} segment={segment} stroke={CURVE_STYLE[key].color} strokeWidth={3} strokeOpacity={0.55} ifOverflow="hidden" />
          ))}
          <ReferenceLine x={point.d} stroke="var(--fg)" strokeDasharray="3 3" />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
