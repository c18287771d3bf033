// The toy image plane: each caption's centre, the region where D accepts the right caption, and the real,
// fake and interpolated images as distinct shapes (not colour alone), with the numbers in the label.
import { CLS_CAPTIONS, compress, textEmbedding, type ClsCaption, type Vec2 } from '@/lib/gan/text-conditioned';

const X = [-1, 2.2] as const;
const Y = [-1.6, 1.6] as const;
const W = 320;
const H = 300;
const px = (x: number) => ((x - X[0]) / (X[1] - X[0])) * W;
const py = (y: number) => H - ((y - Y[0]) / (Y[1] - Y[0])) * H;
export const PLOT_COLOURS = { real: '#2563eb', fake: '#d97706', mixed: '#db2777' } as const;
/** D(x, h) = 0.5 where 2.5 − 5·d² = 0. */
const ACCEPT_RADIUS = Math.sqrt(0.5);

export function FeaturePlot({
  right,
  names,
  real,
  fake,
  mixed,
  label,
}: {
  right: ClsCaption;
  names: Record<ClsCaption, string>;
  real: Vec2;
  fake: Vec2;
  mixed?: Vec2;
  label: string;
}) {
  const centre = compress(textEmbedding(right));
  const r = (ACCEPT_RADIUS / (X[1] - X[0])) * W;
  return (
    <svg viewBox={`0 0 ${W} ${H}`} className="h-auto w-full max-w-80 rounded-md border border-[var(--border)]" role="img" aria-label={label} data-testid="feature-plot">
      <ellipse cx={px(centre[0])} cy={py(centre[1])} rx={r} ry={(ACCEPT_RADIUS / (Y[1] - Y[0])) * H} fill="none" stroke="currentColor" strokeDasharray="6 4" strokeOpacity={0.6} />
      {CLS_CAPTIONS.map((c) => {
        const [x, y] = compress(textEmbedding(c));
        return (
          <g key={c}>
            <circle cx={px(x)} cy={py(y)} r={3} fill="currentColor" fillOpacity={0.5} />
            <text x={px(x)} y={py(y) + 16} textAnchor="middle" fontSize={11} fill="currentColor" fontWeight={c === right ? 700 : 400}>
              {names[c]}
            </text>
          </g>
        );
      })}
      <circle cx={px(real[0])} cy={py(real[1])} r={7} fill={PLOT_COLOURS.real} data-testid="plot-real" />
      <path d={`M ${px(fake[0])} ${py(fake[1]) - 8} l 8 14 l -16 0 z`} fill={PLOT_COLOURS.fake} data-testid="plot-fake" />
      {mixed ? <rect x={px(mixed[0]) - 6} y={py(mixed[1]) - 6} width={12} height={12} transform={`rotate(45 ${px(mixed[0])} ${py(mixed[1])})`} fill={PLOT_COLOURS.mixed} data-testid="plot-mixed" /> : null}
    </svg>
  );
}
