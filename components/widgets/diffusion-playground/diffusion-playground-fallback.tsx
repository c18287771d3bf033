// The static version, computed at build time from the same lib code: signal and noise at a few steps of
// the default schedule, and the "fish" share of guided samples at a few guidance scales.
import { CAPTION_LABELS } from '@/lib/diffusion/caption-world';
import { sampleDiffusion, guidanceFromScale } from '@/lib/diffusion/sampler';
import type { Locale } from '@/lib/i18n/locales';
import { createRng } from '@/lib/math/random';
import { formatNumber, formatPercent } from '../text-to-image-shared/format';
import { forwardView, landing, mixture, scheduleFor } from './model';
import { diffusionSchema } from './schema';
import { diffusionText } from './strings';

const STEPS_SHOWN = [0, 100, 250, 500, 1000];
const SCALES_SHOWN = [0, 1, 2, 4];

export function DiffusionPlaygroundFallback({ lang }: { lang: Locale }) {
  const t = diffusionText[lang];
  const { bstart, bend, steps, n, seed } = diffusionSchema;
  const schedule = scheduleFor(bstart.default, bend.default);
  const fish = CAPTION_LABELS.indexOf('fish');
  const forward = STEPS_SHOWN.map((step) => ({ step, view: forwardView(schedule, step, 1, seed.default) }));
  const guided = SCALES_SHOWN.map((s) => {
    const run = sampleDiffusion(
      { mixture, schedule, steps: steps.default, count: n.default, guidance: guidanceFromScale('fish', s) },
      createRng(seed.default),
    );
    return { s, result: landing(run.points) };
  });
  return (
    <figure className="rounded-lg border border-[var(--border)] p-3 sm:p-4">
      <figcaption className="mb-2 font-semibold">{t.title}</figcaption>
      <p className="mb-2 text-sm" style={{ color: 'var(--muted)' }}>{t.intro}</p>
      <div className="grid gap-4 md:grid-cols-2">
        <table className="w-full text-sm tabular-nums">
          <caption className="mb-1 text-start text-sm">{t.fallbackForward}</caption>
          <thead>
            <tr>
              <th scope="col">{t.stepCol}</th>
              <th scope="col">ᾱ_t</th>
              <th scope="col">{t.signalCol}</th>
              <th scope="col">{t.noiseCol}</th>
            </tr>
          </thead>
          <tbody>
            {forward.map(({ step, view }) => (
              <tr key={step}>
                <td>{step}</td>
                <td>{formatNumber(view.alphaBar, lang)}</td>
                <td>{formatNumber(view.signal, lang)}</td>
                <td>{formatNumber(view.noise, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table className="w-full text-sm tabular-nums">
          <caption className="mb-1 text-start text-sm">{t.fallbackReverse(n.default, steps.default)}</caption>
          <thead>
            <tr>
              <th scope="col">{t.scaleCol}</th>
              <th scope="col">{t.fishCol}</th>
              <th scope="col">{t.spreadCol}</th>
            </tr>
          </thead>
          <tbody>
            {guided.map(({ s, result }) => (
              <tr key={s}>
                <td>{s}</td>
                <td>{formatPercent(result.shares[fish] ?? 0, lang)}</td>
                <td>{formatNumber(result.spread, lang, 2)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="mt-2 text-sm" style={{ color: 'var(--muted)' }}>{t.fallbackNote}</p>
    </figure>
  );
}
