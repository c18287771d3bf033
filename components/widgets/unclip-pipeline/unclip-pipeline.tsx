'use client';
// Step through unCLIP: caption → CLIP text embedding → prior → image embedding → decoder 64×64 → two
// upsamplers. Each stage says what goes in and out, its real size and source, and shows the toy's numbers.
import { useId, type KeyboardEvent } from 'react';
import { rgbValues, UNCLIP_CAPTIONS, UNCLIP_SIDES, type UnclipCaption } from '@/lib/clip/unclip-toy';
import type { Locale } from '@/lib/i18n/locales';
import { WidgetShell } from '../widget-shell';
import { formatCount, formatNumber } from '../text-to-image-shared/format';
import { STAGES } from './schema';
import { unclipText } from './strings';
import { ToyPicture } from './toy-picture';
import { useUnclipPipeline } from './use-unclip-pipeline';
import { VectorBars } from './vector-bars';

const button = 'min-h-10 rounded-md border border-[var(--border)] px-3 py-1.5 hover:bg-[var(--surface)] disabled:opacity-50';
const choice =
  'flex min-h-10 cursor-pointer items-center gap-2 rounded-md border border-[var(--border)] px-3 has-[:checked]:bg-[var(--surface)] has-[:checked]:font-semibold';
const TEXT_COLOUR = '#2563eb';
const IMAGE_COLOUR = '#d97706';

export default function UnclipPipeline({ lang }: { lang: Locale }) {
  const t = unclipText[lang];
  const u = useUnclipPipeline();
  const id = useId();
  const stage = STAGES[u.stage] ?? 'caption';
  const info = t.stages[stage];
  const r = u.run;
  const caption = t.captions[u.caption];

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if (e.target instanceof HTMLInputElement) return;
    const moves: Record<string, number> = { ArrowRight: u.stage + 1, ArrowDown: u.stage + 1, ArrowLeft: u.stage - 1, ArrowUp: u.stage - 1, Home: 0, End: STAGES.length - 1 };
    const next = moves[e.key];
    if (next === undefined) return;
    e.preventDefault();
    u.go(next);
  }

  const side = u.stage >= 3 ? UNCLIP_SIDES[u.stage - 3] : undefined;
  const picture = u.stage === 3 ? r.base : u.stage === 4 ? r.mid : r.high;

  return (
    <WidgetShell
      title={t.title}
      badge={t.badge}
      problems={u.problems}
      labels={{ copySettingLink: t.copySettingLink, settingLinkCopied: t.settingLinkCopied, ignoredParam: t.ignoredParam }}
      link={() => u.linkToSetting('dalle2')}
      testId="unclip-pipeline"
    >
      <p className="mb-3 text-sm" style={{ color: 'var(--muted)' }}>{t.intro}</p>
      <fieldset>
        <legend className="mb-1 text-sm font-medium">{t.captionLegend}</legend>
        <div className="flex flex-wrap gap-2 text-sm">
          {UNCLIP_CAPTIONS.map((c) => (
            <label key={c} className={choice}>
              <input type="radio" name={`${id}-caption`} checked={u.caption === c} onChange={() => u.setCaption(c as UnclipCaption)} />
              {t.captions[c]}
            </label>
          ))}
        </div>
      </fieldset>

      <div onKeyDown={onKeyDown} className="mt-4">
        <nav aria-label={t.stepper}>
          <ol className="flex flex-wrap gap-1 text-sm">
            {STAGES.map((s, i) => (
              <li key={s} className="flex items-center gap-1">
                <button
                  type="button"
                  onClick={() => u.go(i)}
                  aria-current={i === u.stage ? 'step' : undefined}
                  className={`min-h-10 rounded-md border px-2 py-1 ${i === u.stage ? 'border-[var(--accent)] bg-[var(--surface)] font-semibold' : 'border-[var(--border)]'}`}
                  data-testid={`stage-${i}`}
                >
                  {t.stages[s].short}
                </button>
                {i < STAGES.length - 1 ? <span aria-hidden="true">→</span> : null}
              </li>
            ))}
          </ol>
        </nav>
        <p className="mt-1 text-xs" style={{ color: 'var(--muted)' }}>{t.keysHint}</p>

        <section className="mt-3 rounded-md border border-[var(--border)] p-3" aria-labelledby={`${id}-stage`} data-testid="stage-panel">
          <h3 id={`${id}-stage`} className="mt-0 text-base font-semibold" aria-live="polite" data-testid="stage-title">
            {t.stageOf(u.stage + 1, STAGES.length, info.name)}
          </h3>
          <dl className="mt-2 grid gap-x-3 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
            <dt className="font-medium">{t.inLabel}</dt>
            <dd>{info.input}</dd>
            <dt className="font-medium">{t.outLabel}</dt>
            <dd data-testid="stage-output">
              {info.output}
              {side ? ` (${t.numbers(formatCount(rgbValues(side), lang))})` : null}
            </dd>
            <dt className="font-medium">{t.realLabel}</dt>
            <dd>{info.real}</dd>
            <dt className="font-medium">{t.toyLabel}</dt>
            <dd>{info.toy}</dd>
            <dt className="font-medium">{t.sourceLabel}</dt>
            <dd>{info.source}</dd>
          </dl>

          <div className="mt-3" data-testid="stage-toy">
            {u.stage === 0 ? <p className="text-lg">“{caption}”</p> : null}
            {u.stage === 1 ? (
              <>
                <VectorBars values={r.text} name={t.textEmbedding} colour={TEXT_COLOUR} lang={lang} testId="text-vector" />
                <p className="mt-2 text-sm tabular-nums" data-testid="text-cos">{t.textToImage(formatNumber(r.textToImage, lang))}</p>
              </>
            ) : null}
            {u.stage === 2 ? (
              <>
                <div className="grid gap-3 sm:grid-cols-2">
                  <VectorBars values={r.text} name={t.textEmbedding} colour={TEXT_COLOUR} lang={lang} testId="text-vector" />
                  <VectorBars values={r.prior} name={t.imageEmbedding} colour={IMAGE_COLOUR} lang={lang} testId="image-vector" />
                </div>
                <p className="mt-2 text-sm tabular-nums">{t.textToImage(formatNumber(r.textToImage, lang))}</p>
                <p className="text-sm tabular-nums" data-testid="prior-cos">{t.priorToImage(formatNumber(r.priorToImage, lang), formatNumber(r.priorMeanToImage, lang))}</p>
                <p className="text-sm" data-testid="prior-rank">{t.rank(r.rank)}</p>
                <div className="mt-2 flex flex-wrap items-center gap-3">
                  <button type="button" className={button} onClick={u.anotherDraw} data-testid="another-draw">{t.anotherDraw}</button>
                  <span className="text-sm" data-testid="seed">{t.seed(u.seed)}</span>
                </div>
              </>
            ) : null}
            {side ? (
              <figure>
                <ToyPicture picture={picture} pixelated={u.stage === 3} label={t.pictureLabel(caption, picture.size)} testId="toy-picture" />
                <figcaption className="mt-1 text-sm">{t.picture(side, picture.size)}</figcaption>
              </figure>
            ) : null}
          </div>
        </section>

        <div className="mt-3 flex flex-wrap gap-2">
          <button type="button" className={button} onClick={() => u.go(u.stage - 1)} disabled={u.stage === 0} data-testid="previous">← {t.previous}</button>
          <button type="button" className={button} onClick={() => u.go(u.stage + 1)} disabled={u.stage === STAGES.length - 1} data-testid="next">{t.next} →</button>
        </div>
      </div>
    </WidgetShell>
  );
}
