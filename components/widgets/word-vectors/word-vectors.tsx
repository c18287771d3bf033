'use client';
// Live word vectors: skip-gram trained in the page on the shipped corpus, two words compared by cosine, the
// nearest neighbours, a PCA map of word groups, and one-hot vectors, whose different words always score 0.
import { use, useId, useMemo } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { WidgetShell } from '../widget-shell';
import { formatCount, formatPercent } from '../pretraining-shared/format';
import { loadCorpus } from '../pretraining-shared/load-corpus';
import { trainingSentences } from './corpus-data';
import { w2vText } from './strings';
import { useWordVectors } from './use-word-vectors';
import { WordMapChart } from './word-map-chart';
import { SimilarityPanel } from './similarity-panel';

const field = 'rounded-md border border-[var(--border)] bg-[var(--bg)] px-2 py-1';
const button = 'min-h-10 rounded-md border border-[var(--border)] px-3 py-1.5 hover:bg-[var(--surface)] disabled:opacity-50';

export default function WordVectors({ lang }: { lang: Locale }) {
  const text = use(loadCorpus(lang));
  const sentences = useMemo(() => trainingSentences(text, lang), [text, lang]);
  const t = w2vText[lang];
  const s = useWordVectors(sentences, lang);
  const id = useId();
  const { status } = s.training;
  const share = status.totalSteps > 0 ? status.step / status.totalSteps : 0;
  const perEpoch = status.totalSteps / s.epochs;
  const epoch = Math.min(s.epochs, Math.floor(status.step / perEpoch) + 1);
  const statusText = status.step === 0 ? t.untrained : t.status(epoch, s.epochs, formatPercent(share, lang, 0));

  return (
    <WidgetShell
      title={t.title}
      problems={s.problems}
      labels={{ copySettingLink: t.copySettingLink, settingLinkCopied: t.settingLinkCopied, ignoredParam: t.ignoredParam }}
      link={() => s.linkToSetting('word-vectors')}
      testId="word-vectors"
    >
      <p className="text-sm" style={{ color: 'var(--muted)' }}>{t.intro(formatCount(s.corpusWords, lang), formatCount(sentences.length, lang))}</p>
      <div className="mt-2 flex flex-wrap items-center gap-2 text-sm">
        {status.running ? (
          <button type="button" className={button} onClick={s.training.pause} data-testid="w2v-pause">{t.pause}</button>
        ) : (
          <button type="button" className={button} onClick={s.training.play} disabled={status.done} data-testid="w2v-train">{t.train}</button>
        )}
        <button type="button" className={button} onClick={s.training.reset} data-testid="w2v-reset">{t.reset}</button>
        <button type="button" className={button} onClick={s.newSeed} data-testid="w2v-new-seed">{t.newSeed}</button>
        <span style={{ color: 'var(--muted)' }} data-testid="w2v-seed">{t.seed(s.seed)}</span>
        <label className="flex items-center gap-1.5">
          <span>{t.epochs}</span>
          <select value={String(s.epochs)} onChange={(e) => s.setEpochs(Number(e.target.value))} className={field} data-testid="w2v-epochs">
            {[1, 2, 5, 10, 15, 20, 30, 40].map((n) => (
              <option key={n} value={String(n)}>{n}</option>
            ))}
            {[1, 2, 5, 10, 15, 20, 30, 40].includes(s.epochs) ? null : <option value={String(s.epochs)}>{s.epochs}</option>}
          </select>
        </label>
      </div>
      <div className="mt-2 text-sm">
        <label htmlFor={`${id}-progress`} className="sr-only">{t.progress}</label>
        <progress id={`${id}-progress`} className="h-2 w-full" max={1} value={share} data-testid="w2v-progress" />
        <p className="mt-1" data-testid="w2v-status">
          {statusText}
          {status.loss !== null ? <span style={{ color: 'var(--muted)' }}> · {t.loss(status.loss.toFixed(3))}</span> : null}
        </p>
        {status.done ? <p className="text-xs" style={{ color: 'var(--muted)' }} data-testid="w2v-time">{t.trainedIn((status.ms / 1000).toFixed(2))}</p> : null}
      </div>

      <div className="mt-3 flex flex-wrap gap-3 text-sm">
        {(['a', 'b'] as const).map((which) => {
          const bad = which === 'a' ? s.badA : s.badB;
          const typed = which === 'a' ? s.typedA : s.typedB;
          return (
            <label key={which} className="flex flex-col gap-1">
              <span>{which === 'a' ? t.wordA : t.wordB}</span>
              <input
                type="text"
                list={`${id}-vocab`}
                value={typed}
                onChange={(e) => (which === 'a' ? s.typeA : s.typeB)(e.target.value)}
                aria-invalid={bad}
                aria-describedby={bad ? `${id}-${which}-err` : undefined}
                className={`${field} w-36`}
                autoCapitalize="none"
                spellCheck={false}
                data-testid={`w2v-word-${which}`}
              />
              {bad ? (
                <span id={`${id}-${which}-err`} role="alert" className="max-w-xs text-xs font-medium" style={{ color: 'var(--accent)' }} data-testid={`w2v-word-${which}-error`}>
                  {t.wordError(typed.trim())}
                </span>
              ) : null}
            </label>
          );
        })}
        <datalist id={`${id}-vocab`}>
          {s.vocabulary.map((w) => (
            <option key={w} value={w} />
          ))}
        </datalist>
      </div>

      <SimilarityPanel view={s.view} a={s.a} b={s.b} vocabularySize={s.vocabulary.length} lang={lang} />
      <p className="sr-only" aria-live="polite">{status.running ? '' : t.live(s.a, s.b, s.view.similarity.toFixed(2), statusText)}</p>

      <section className="mt-4">
        <h3 className="text-sm font-semibold">{t.map}</h3>
        <WordMapChart
          map={s.map}
          highlight={[s.a, s.b]}
          label={t.mapLabel(s.map.points.length, formatPercent(s.map.explained[0] + s.map.explained[1], lang, 0))}
          groupNames={t.groupNames}
        />
        <p className="mt-1 text-xs" style={{ color: 'var(--muted)' }} data-testid="w2v-explained">
          {t.explained(formatPercent(s.map.explained[0] + s.map.explained[1], lang, 0))}
        </p>
      </section>
    </WidgetShell>
  );
}
