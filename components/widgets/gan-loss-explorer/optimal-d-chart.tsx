'use client';
// Panel 2's chart: the two densities (left axis) and the optimal discriminator D* (right axis, 0 to 1).
import { Area, CartesianGrid, ComposedChart, Line, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { GaussianPanel } from '@/lib/gan/loss-explorer';

export const DENSITY_STYLE = { pData: '#2563eb', pG: '#d97706', dStar: 'var(--fg)' } as const;

/** Every second grid point is plenty for a 300-pixel-wide chart. */
const STRIDE = 2;

export function OptimalDChart({ panel, label }: { panel: GaussianPanel; label: string }) {
  const data = panel.xs
    .map((x, i) => ({ x, pData: panel.pData[i], pG: panel.pG[i], dStar: panel.dStar[i] }))
    .filter((_, i) => i % STRIDE === 0);
  return (
    <div role="img" aria-label={label} className="h-64 w-full sm:h-72" data-testid="optimal-d-chart">
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={data} margin={{ top: 8, right: 0, bottom: 8, left: 0 }}>
          <CartesianGrid stroke="var(--border)" strokeDasharray="2 4" />
          <XAxis type="number" dataKey="x" domain={[-6, 6]} ticks={[-6, -4, -2, 0, 2, 4, 6]} allowDataOverflow tick={{ fill: 'var(--fg)', fontSize: 12 }} />
          <YAxis yAxisId="density" type="number" domain={[0, 'auto']} width={36} tick={{ fill: 'var(--fg)', fontSize: 12 }} tickFormatter={(v: number) => v.toFixed(1)} />
          <YAxis yAxisId="d" orientation="right" type="number" domain={[0, 1]} ticks={[0, 0.5, 1]} width={30} tick={{ fill: 'var(--fg)', fontSize: 12 }} />
          <Area yAxisId="density" dataKey="pData" type="monotone" stroke={DENSITY_STYLE.pData} fill={DENSITY_STYLE.pData} fillOpacity={0.18} strokeWidth={2} isAnimationActive={false} />
          <Area yAxisId="density" dataKey="pG" type="monotone" stroke={DENSITY_STYLE.pG} fill={DENSITY_STYLE.pG} fillOpacity={0.18} strokeDasharray="6 4" strokeWidth={2} isAnimationActive={false} />
          <ReferenceLine yAxisId="d" y={0.5} stroke="var(--muted)" strokeDasharray="3 3" />
          <Line yAxisId="d" dataKey="dStar" type="monotone" dot={false} stroke={DENSITY_STYLE.dStar} strokeWidth={2.5} isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
