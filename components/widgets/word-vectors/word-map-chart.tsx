// The 2-D PCA map of the word groups as an SVG scatter plot with a legend. Pure markup, shared with the fallback.
import type { WordMap } from '@/lib/text/word-map';

/** Group colours that keep at least 3:1 contrast on both the light and the dark page background. */
export const GROUP_COLOURS = ['#d9480f', '#1c7ed6', '#2f9e44', '#ae3ec9', '#868e96'];

const W = 320;
const H = 220;
const PAD = 26;

export function WordMapChart({ map, highlight, label, groupNames }: { map: WordMap; highlight: readonly string[]; label: string; groupNames: readonly string[] }) {
  const xs = map.points.map((p) => p.x);
  const ys = map.points.map((p) => p.y);
  const span = (v: number[]) => {
    const lo = Math.min(...v);
    const hi = Math.max(...v);
    return hi > lo ? { lo, hi } : { lo: lo - 1, hi: hi + 1 };
  };
  const sx = span(xs);
  const sy = span(ys);
  const px = (x: number) => PAD + ((x - sx.lo) / (sx.hi - sx.lo)) * (W - 2 * PAD);
  const py = (y: number) => H - PAD - ((y - sy.lo) / (sy.hi - sy.lo)) * (H - 2 * PAD);
  return (
    <div>
      <svg viewBox={`0 0 ${W} ${H}`} className="block h-auto w-full max-w-xl rounded-md border border-[var(--border)]" role="img" aria-label={label} data-testid="w2v-map">
        {map.points.map((p) => {
          const on = highlight.includes(p.word);
          return (
            <g key={p.word} data-word={p.word}>
              <circle cx={px(p.x)} cy={py(p.y)} r={on ? 5 : 3.5} fill={GROUP_COLOURS[p.group % GROUP_COLOURS.length]} stroke={on ? 'var(--fg)' : 'none'} strokeWidth={1.5} />
              <text x={px(p.x) + 6} y={py(p.y) + 3.5} fontSize={on ? 11 : 10} fontWeight={on ? 700 : 400} fill="var(--fg)">
                {p.word}
              </text>
            </g>
          );
        })}
      </svg>
      <ul className="mt-1 flex list-none flex-wrap gap-x-3 gap-y-1 p-0 text-xs" style={{ paddingInlineStart: 0 }}>
        {groupNames.map((name, i) => (
          <li key={name} className="flex items-center gap-1">
            <span className="inline-block h-2.5 w-2.5 rounded-full" style={{ background: GROUP_COLOURS[i % GROUP_COLOURS.length] }} aria-hidden="true" />
            {name}
          </li>
        ))}
      </ul>
    </div>
  );
}
