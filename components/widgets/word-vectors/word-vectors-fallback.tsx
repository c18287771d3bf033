// The static version: vectors trained at build time (seed 1, 15 epochs) by the same lib code, the default
// pair's cosine next to its one-hot cosine, the nearest neighbours and the PCA map.
import { corpusEn } from '@/content/data/pretraining/corpus-en';
import { corpusZh } from '@/content/data/pretraining/corpus-zh';
import type { Locale } from '@/lib/i18n/locales';
import { createWord2Vec, trainChunk, type Word2VecState } from '@/lib/text/word2vec';
import { formatPercent } from '../pretraining-shared/format';
import { trainingSentences } from './corpus-data';
import { defaultWords, groups, w2vSchema } from './schema';
import { SimilarityPanel } from './similarity-panel';
import { w2vText } from './strings';
import { mapView, vectorView } from './view';
import { WordMapChart } from './word-map-chart';

// Each page (reading view and slides, in two languages) renders this; train once per language per build.
const trained = new Map<Locale, Word2VecState>();

function trainedModel(lang: Locale): Word2VecState {
  let model = trained.get(lang);
  if (!model) {
    model = createWord2Vec(trainingSentences(lang === 'zh' ? corpusZh : corpusEn, lang), { seed: w2vSchema.seed.default, epochs: w2vSchema.epochs.default });
    while (!trainChunk(model, 10_000).done);
    trained.set(lang, model);
  }
  return model;
}

export function WordVectorsFallback({ lang }: { lang: Locale }) {
  const t = w2vText[lang];
  const model = trainedModel(lang);
  const [a, b] = defaultWords[lang];
  const view = vectorView(model, a, b, model.step);
  const map = mapView(model, groups[lang], model.step);
  const explained = formatPercent(map.explained[0] + map.explained[1], lang, 0);
  return (
    <figure className="rounded-lg border border-[var(--border)] p-3 sm:p-4">
      <figcaption className="mb-2">
        <span className="font-semibold">{t.title}</span>
        <span className="mt-1 block text-sm" style={{ color: 'var(--muted)' }}>{t.fallbackCaption}</span>
      </figcaption>
      <SimilarityPanel view={view} a={a} b={b} vocabularySize={model.vocabulary.length} lang={lang} />
      <div className="mt-4">
        <p className="text-sm font-semibold">{t.map}</p>
        <WordMapChart map={map} highlight={[a, b]} label={t.mapLabel(map.points.length, explained)} groupNames={t.groupNames} />
      </div>
    </figure>
  );
}
