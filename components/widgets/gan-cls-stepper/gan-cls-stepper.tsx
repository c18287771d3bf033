'use client';
// Step through GAN-INT-CLS on a toy: text embedding → compression → [z; c] → G → the matching-aware D's
// three pairs → the F3 losses with the push on each score → GAN-INT's interpolated text.
import { useId, type KeyboardEvent } from 'react';
import { CLS_CAPTIONS, type ClsCaption, type Vec2 } from '@/lib/gan/text-conditioned';
import type { Locale } from '@/lib/i18n/locales';
import { WidgetShell } from '../widget-shell';
import { formatNumber } from '../text-to-image-shared/format';
import { FeaturePlot, PLOT_COLOURS } from './feature-plot';
import { STEPS } from './schema';
import { clsText } from './strings';
import { useGanClsStepper } from './use-gan-cls-stepper';

const button = 'min-h-10 rounded-md border border-[var(--border)] px-3 py-1.5 hover:bg-[var(--surface)] disabled:opacity-50';
const select = 'min-h-10 max-w-full rounded-md border border-[var(--border)] bg-[var(--bg)] px-2';

/** A legend mark drawn as a shape, so it matches the plot in either theme. */
function Swatch({ shape }: { shape: 'circle' | 'triangle' | 'diamond' }) {
  return (
    <svg viewBox="0 0 12 12" className="inline-block size-3 align-[-1px]" aria-hidden="true">
      {shape === 'circle' ? <circle cx={6} cy={6} r={5} fill={PLOT_COLOURS.real} /> : null}
      {shape === 'triangle' ? <path d="M 6 1 L 11 11 L 1 11 z" fill={PLOT_COLOURS.fake} /> : null}
      {shape === 'diamond' ? <path d="M 6 0 L 12 6 L 6 12 L 0 6 z" fill={PLOT_COLOURS.mixed} /> : null}
    </svg>
  );
}

function Numbers({ label, values, lang, testId }: { label: string; values: readonly number[]; lang: Locale; testId: string }) {
  return (
    <p className="text-sm">
      <span className="font-medium">{label}: </span>
      <span className="font-mono tabular-nums" data-testid={testId}>[{values.map((v) => formatNumber(v, lang, 2)).join(', ')}]</span>
    </p>
  );
}

export default function GanClsStepper({ lang }: { lang: Locale }) {
  const t = clsText[lang];
  const g = useGanClsStepper();
  const id = useId();
  const step = STEPS[g.step] ?? 'embed';
  const r = g.round;
  const f = (x: number) => formatNumber(x, lang);
  const point = (p: Vec2) => `(${formatNumber(p[0], lang, 2)}, ${formatNumber(p[1], lang, 2)})`;

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if (e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement) return;
    const moves: Record<string, number> = { ArrowRight: g.step + 1, ArrowDown: g.step + 1, ArrowLeft: g.step - 1, ArrowUp: g.step - 1, Home: 0, End: STEPS.length - 1 };
    const next = moves[e.key];
    if (next === undefined) return;
    e.preventDefault();
    g.go(next);
  }

  const pairs = [
    { key: 'rr', pair: t.pairRealRight, score: r.sr, target: t.targetReal, term: 'log s_r', value: r.terms.realRight, push: r.terms.pushRealRight },
    { key: 'rw', pair: t.pairRealWrong, score: r.sw, target: t.targetFake, term: '½ log(1 − s_w)', value: r.terms.realWrong, push: r.terms.pushRealWrong },
    { key: 'fr', pair: t.pairFakeRight, score: r.sf, target: t.targetFake, term: '½ log(1 − s_f)', value: r.terms.fakeRight, push: r.terms.pushFakeRight },
  ];
  const plotItems = [`${t.plotReal} ${point(r.real)}`, `${t.plotFake} ${point(r.fake)}`, ...(step === 'interpolate' ? [`${t.plotInt} ${point(r.int.fake)}`] : [])].join('; ');

  return (
    <WidgetShell
      title={t.title}
      badge={t.badge}
      problems={g.problems}
      labels={{ copySettingLink: t.copySettingLink, settingLinkCopied: t.settingLinkCopied, ignoredParam: t.ignoredParam }}
      link={() => g.linkToSetting('text-conditioned-gan')}
      testId="gan-cls-stepper"
    >
      <p className="mb-3 text-sm" style={{ color: 'var(--muted)' }}>{t.intro}</p>
      <div className="grid gap-3 text-sm sm:grid-cols-2">
        <label className="flex min-w-0 flex-col gap-1">
          <span className="font-medium">{t.right}</span>
          <select className={select} value={g.right} onChange={(e) => g.setRight(e.target.value as ClsCaption)} data-testid="right-select">
            {CLS_CAPTIONS.map((c) => <option key={c} value={c}>{t.captions[c]}</option>)}
          </select>
        </label>
        <label className="flex min-w-0 flex-col gap-1">
          <span className="font-medium">{t.wrong}</span>
          <select className={select} value={g.wrong} onChange={(e) => g.setWrong(e.target.value as ClsCaption)} aria-describedby={g.clash ? `${id}-clash` : undefined} data-testid="wrong-select">
            {CLS_CAPTIONS.map((c) => <option key={c} value={c}>{t.captions[c]}</option>)}
          </select>
        </label>
      </div>
      {g.clash ? (
        <p id={`${id}-clash`} role="alert" className="mt-1 text-sm font-medium" style={{ color: 'var(--accent)' }} data-testid="clash">
          {t.sameCaption(t.captions[g.wrong])}
        </p>
      ) : null}

      <div onKeyDown={onKeyDown} className="mt-4">
        <nav aria-label={t.stepper}>
          <ol className="flex flex-wrap gap-1 text-sm">
            {STEPS.map((s, i) => (
              <li key={s} className="flex items-center gap-1">
                <button
                  type="button"
                  onClick={() => g.go(i)}
                  aria-current={i === g.step ? 'step' : undefined}
                  className={`min-h-10 rounded-md border px-2 py-1 ${i === g.step ? 'border-[var(--accent)] bg-[var(--surface)] font-semibold' : 'border-[var(--border)]'}`}
                  data-testid={`step-${i}`}
                >
                  {t.steps[s].short}
                </button>
                {i < STEPS.length - 1 ? <span aria-hidden="true">→</span> : null}
              </li>
            ))}
          </ol>
        </nav>
        <p className="mt-1 text-xs" style={{ color: 'var(--muted)' }}>{t.keysHint}</p>

        <section className="mt-3 rounded-md border border-[var(--border)] p-3" aria-labelledby={`${id}-step`} data-testid="step-panel">
          <h3 id={`${id}-step`} className="mt-0 text-base font-semibold" aria-live="polite" data-testid="step-title">
            {t.stepOf(g.step + 1, STEPS.length, t.steps[step].name)}
          </h3>
          <p className="mt-1 text-sm">{t.steps[step].body}</p>

          <div className="mt-3 grid gap-4 md:grid-cols-2">
            <div className="min-w-0 space-y-1">
              <Numbers label={t.embedding(t.captions[g.right])} values={r.right} lang={lang} testId="embedding" />
              {g.step >= 1 ? <Numbers label={t.code} values={r.code} lang={lang} testId="code" /> : null}
              {g.step >= 2 ? (
                <>
                  <Numbers label={t.noise} values={r.z} lang={lang} testId="noise" />
                  <Numbers label={t.fake} values={r.fake} lang={lang} testId="fake" />
                </>
              ) : null}
              {g.step === 3 ? (
                <table className="mt-2 w-full text-sm tabular-nums" data-testid="scores">
                  <caption className="text-start font-medium">{t.scores}</caption>
                  <thead>
                    <tr>
                      <th scope="col" className="text-start" />
                      <th scope="col" className="text-end">D</th>
                      <th scope="col" className="text-end">{t.target}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {pairs.map((p) => (
                      <tr key={p.key}>
                        <th scope="row" className="text-start font-normal">{p.pair}</th>
                        <td className="text-end" data-testid={`score-${p.key}`}>{f(p.score)}</td>
                        <td className="text-end">{p.target}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : null}
              {g.step === 4 ? (
                <div data-testid="losses">
                  <table className="mt-2 w-full text-sm tabular-nums">
                    <thead>
                      <tr>
                        <th scope="col" className="text-start">{t.term}</th>
                        <th scope="col" className="text-end">{t.value}</th>
                        <th scope="col" className="text-end">{t.push}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {pairs.map((p) => (
                        <tr key={p.key}>
                          <th scope="row" className="text-start font-normal">{p.term}<span className="block text-xs" style={{ color: 'var(--muted)' }}>{p.pair}</span></th>
                          <td className="text-end">{f(p.value)}</td>
                          <td className="text-end">{p.push > 0 ? `↑ ${t.up}` : `↓ ${t.down}`} {formatNumber(Math.abs(p.push), lang, 2)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                  <p className="mt-2 text-sm tabular-nums" data-testid="loss-d">{t.lossD}: {f(r.terms.lossD)}</p>
                  <p className="text-sm tabular-nums" data-testid="loss-g">{t.lossG}: {f(r.terms.lossG)} (s_f {`↑ ${t.up}`} {formatNumber(r.terms.pushG, lang, 2)})</p>
                </div>
              ) : null}
              {g.step === 5 ? (
                <div className="mt-2 space-y-1 text-sm" data-testid="int">
                  <label className="flex flex-col gap-1">
                    <span>{t.beta(formatNumber(g.beta, lang, 2))}</span>
                    <input type="range" min={0} max={1} step={0.05} value={g.beta} onChange={(e) => g.setBeta(Number(e.target.value))} data-testid="beta-slider" />
                  </label>
                  <label className="flex min-h-10 items-center gap-2">
                    <input type="checkbox" checked={g.withInt} onChange={(e) => g.setInt(e.target.checked)} data-testid="int-toggle" />
                    {t.withInt}
                  </label>
                  <Numbers label="h" values={r.int.h} lang={lang} testId="mixed-h" />
                  <p className="tabular-nums">{t.gap(formatNumber(r.int.gap, lang, 2))}</p>
                  <p className="font-medium tabular-nums" aria-live="polite" data-testid="int-score">{t.intScore(f(r.int.score))}</p>
                  <p className="tabular-nums">{t.intTerm(f(r.int.term))}</p>
                  <p>{t.intNote(g.withInt)}</p>
                </div>
              ) : null}
              {g.step >= 2 ? (
                <div className="flex flex-wrap items-center gap-3 pt-2">
                  <button type="button" className={button} onClick={g.newSeed} data-testid="new-seed">{t.newSeed}</button>
                  <span className="text-sm" data-testid="seed">{t.seed(g.seed)}</span>
                </div>
              ) : null}
            </div>
            {g.step >= 2 ? (
              <figure className="my-0 min-w-0">
                <figcaption className="mb-1 text-sm font-medium">{t.plotTitle}</figcaption>
                <FeaturePlot right={g.right} names={t.plotNames} real={r.real} fake={r.fake} mixed={g.step === 5 ? r.int.fake : undefined} label={t.plotLabel(plotItems)} />
                <p className="mt-1 text-xs" style={{ color: 'var(--muted)' }}>
                  <Swatch shape="circle" /> {t.plotReal} · <Swatch shape="triangle" /> {t.plotFake}
                  {g.step === 5 ? <> · <Swatch shape="diamond" /> {t.plotInt}</> : null} · {t.plotRegion}
                </p>
              </figure>
            ) : null}
          </div>
        </section>

        <div className="mt-3 flex flex-wrap gap-2">
          <button type="button" className={button} onClick={() => g.go(g.step - 1)} disabled={g.step === 0} data-testid="previous">← {t.previous}</button>
          <button type="button" className={button} onClick={() => g.go(g.step + 1)} disabled={g.step === STEPS.length - 1} data-testid="next">{t.next} →</button>
        </div>
      </div>
    </WidgetShell>
  );
}
