// The static latent walk: the default toy generator (ring, 3,000 steps, seed 1) trained by lib/gan at build
// time, and where it sends a few noise points, as a table.
import { generatorAt } from '@/lib/gan/gan-views';
import { createGan, run } from '@/lib/gan/trainer';
import type { Locale } from '@/lib/i18n/locales';
import { latentConfig, latentSchema } from './schema';
import { latentText } from './strings';

export const FALLBACK_Z = [
  [0, 0],
  [1, 0],
  [-1, 0],
  [0, 1],
  [0, -1],
  [0.5, 0.5],
] as const;

let cached: number[][] | null = null;

function images(): number[][] {
  if (cached) return cached;
  const defaults = { from: latentSchema.from.default, data: latentSchema.data.default, steps: latentSchema.steps.default, seed: latentSchema.seed.default, z1: 0, z2: 0 };
  const state = createGan(latentConfig(defaults));
  run(state, defaults.steps);
  cached = FALLBACK_Z.map((z) => generatorAt(state, z));
  return cached;
}

export function GanLatentWalkFallback({ lang }: { lang: Locale }) {
  const t = latentText[lang];
  const f2 = (v: number) => (Math.abs(v) < 0.005 ? 0 : v).toFixed(2);
  const xs = images();
  return (
    <figure className="rounded-lg border border-[var(--border)] p-3 sm:p-4" data-testid="gan-latent-walk-fallback">
      <figcaption className="mb-2 font-semibold">{t.fallbackTitle}</figcaption>
      <p className="text-sm" style={{ color: 'var(--muted)' }}>
        {t.fallbackNote}
      </p>
      <table className="mt-2 text-sm">
        <caption className="mb-1 text-start text-sm" style={{ color: 'var(--muted)' }}>
          {t.fallbackCaption}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t.fallbackZ}</th>
            <th scope="col">{t.fallbackX}</th>
          </tr>
        </thead>
        <tbody>
          {FALLBACK_Z.map((z, k) => (
            <tr key={k}>
              <td className="tabular-nums">({f2(z[0])}, {f2(z[1])})</td>
              <td className="tabular-nums">({f2(xs[k]?.[0] as number)}, {f2(xs[k]?.[1] as number)})</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-2 text-sm">{t.hint}</p>
    </figure>
  );
}
