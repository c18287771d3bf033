// The static CycleGAN toy: the same two runs with λ = 10 and λ = 0 (seed 1), trained by lib/gan at build
// time and drawn as SVG: twelve points x of the circle, G(x) on the square, and F(G(x)) back on the circle.
import { createCycleGan, cycleError, cycleMapping, cycleRun } from '@/lib/gan/cyclegan';
import type { Locale } from '@/lib/i18n/locales';
import { markedPoints } from './cycle-engine';
import { CYCLE_BOUNDS } from './schema';
import { cycleText } from './strings';

export const FALLBACK_STEPS = 500;
export const FALLBACK_LAMBDAS = [10, 0] as const;
const W = 300;
const H = 200;

interface Run {
  lambda: number;
  cycle: number;
  chains: { input: number[][]; translated: number[][]; reconstructed: number[][] };
}

let cached: Run[] | null = null;

function runs(): Run[] {
  if (cached) return cached;
  cached = FALLBACK_LAMBDAS.map((lambda) => {
    const state = createCycleGan({ lambda, seed: 1 });
    cycleRun(state, FALLBACK_STEPS);
    return { lambda, cycle: cycleError(state, 500).total, chains: cycleMapping(state, markedPoints(), 'x') };
  });
  return cached;
}

const b = CYCLE_BOUNDS;
const px = (v: number) => Math.round(((v - b.xMin) / (b.xMax - b.xMin)) * W);
const py = (v: number) => Math.round(H - ((v - b.yMin) / (b.yMax - b.yMin)) * H);

export function CycleGanToyFallback({ lang }: { lang: Locale }) {
  const t = cycleText[lang];
  const nf = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US');
  return (
    <figure className="rounded-lg border border-[var(--border)] p-3 sm:p-4" data-testid="cyclegan-toy-fallback">
      <figcaption className="mb-2 font-semibold">{t.fallbackTitle}</figcaption>
      <p className="text-sm" style={{ color: 'var(--muted)' }}>
        {t.fallbackNote}
      </p>
      <div className="mt-3 grid grid-cols-1 gap-4 sm:grid-cols-2">
        {runs().map((r) => {
          const caption = t.fallbackPanel(String(r.lambda), nf.format(FALLBACK_STEPS), r.cycle.toFixed(3));
          return (
            <div key={r.lambda}>
              <p className="mb-1 text-sm font-medium">{caption}</p>
              <svg viewBox={`0 0 ${W} ${H}`} className="block w-full max-w-[300px] rounded-md border border-[var(--border)]" role="img" aria-label={`${caption}. ${t.planeLabel}`}>
                <circle cx={px(-0.6)} cy={py(0)} r={px(0) - px(-0.6)} fill="none" stroke="#2563eb" strokeOpacity={0.4} />
                <rect x={px(0.1)} y={py(0.5)} width={px(1.1) - px(0.1)} height={py(-0.5) - py(0.5)} fill="none" stroke="#ea580c" strokeOpacity={0.4} />
                {r.chains.input.map((x, k) => {
                  const g = r.chains.translated[k] as number[];
                  const back = r.chains.reconstructed[k] as number[];
                  const color = `hsl(${Math.round((360 * k) / r.chains.input.length)} 65% 42%)`;
                  return (
                    <g key={k} stroke={color} fill="none">
                      <path d={`M${px(x[0] as number)} ${py(x[1] as number)}L${px(g[0] as number)} ${py(g[1] as number)}`} />
                      <path d={`M${px(g[0] as number)} ${py(g[1] as number)}L${px(back[0] as number)} ${py(back[1] as number)}`} strokeDasharray="4 3" />
                      <circle cx={px(x[0] as number)} cy={py(x[1] as number)} r={3} fill={color} />
                      <circle cx={px(back[0] as number)} cy={py(back[1] as number)} r={5} />
                    </g>
                  );
                })}
              </svg>
            </div>
          );
        })}
      </div>
      <p className="mt-2 text-xs" style={{ color: 'var(--muted)' }}>
        {t.legendChain}
      </p>
    </figure>
  );
}
