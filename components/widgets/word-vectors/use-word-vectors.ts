'use client';
// State of the word-vector widget: seed and epochs in the URL, the two compared words as text parameters
// (checked against the vocabulary; a typed unknown word keeps the last good one), and the training run.
import { useMemo, useState } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { useUrlState } from '../use-url-state';
import { useUrlText } from '../pretraining-shared/use-url-text';
import { defaultWords, groups, NAMESPACE, normaliseWord, WORD_A_PARAM, WORD_B_PARAM, w2vSchema } from './schema';
import { useWord2VecTraining } from './use-word2vec-training';
import { useReducedMotion } from './use-reduced-motion';
import { mapView, vectorView } from './view';

export function useWordVectors(sentences: readonly (readonly string[])[], lang: Locale) {
  const { values, update, problems, linkToSetting } = useUrlState(NAMESPACE, w2vSchema);
  const training = useWord2VecTraining(sentences, values.seed, values.epochs);
  const known = (w: string) => training.model.index.has(w);
  const wordA = useUrlText(WORD_A_PARAM, known);
  const wordB = useUrlText(WORD_B_PARAM, known);
  const [typedA, setTypedA] = useState<string | null>(null);
  const [typedB, setTypedB] = useState<string | null>(null);

  const a = wordA.value ?? defaultWords[lang][0];
  const b = wordB.value ?? defaultWords[lang][1];
  const view = useMemo(() => vectorView(training.model, a, b, training.status.step), [training.model, a, b, training.status.step]);
  // With reduced motion the map does not move while training runs: it shows where the run started, then where it ended.
  const reduced = useReducedMotion();
  const mapStep = reduced && training.status.running ? -1 : training.status.step;
  const map = useMemo(() => mapView(training.model, groups[lang], mapStep), [training.model, lang, mapStep]);
  const set = (patch: Parameters<typeof update>[0]) => wordA.keep(() => wordB.keep(() => update(patch)));

  function typer(which: 'a' | 'b') {
    const [text, setTyped, fallback] = which === 'a' ? [wordA, setTypedA, defaultWords[lang][0]] : [wordB, setTypedB, defaultWords[lang][1]];
    return (raw: string) => {
      setTyped(raw);
      const word = normaliseWord(raw, lang);
      if (known(word)) text.set(word === fallback ? null : word);
    };
  }

  const badA = typedA !== null && !known(normaliseWord(typedA, lang));
  const badB = typedB !== null && !known(normaliseWord(typedB, lang));

  return {
    a,
    b,
    typedA: typedA ?? a,
    typedB: typedB ?? b,
    badA,
    badB,
    seed: values.seed,
    epochs: values.epochs,
    vocabulary: training.model.vocabulary,
    corpusWords: training.model.corpus.length,
    training,
    view,
    map,
    problems: [
      ...problems.filter((p) => p.param !== WORD_A_PARAM && p.param !== WORD_B_PARAM),
      ...(wordA.problem ? [wordA.problem] : []),
      ...(wordB.problem ? [wordB.problem] : []),
    ],
    linkToSetting,
    typeA: typer('a'),
    typeB: typer('b'),
    setEpochs: (epochs: number) => set({ epochs }),
    newSeed: () => set({ seed: values.seed >= w2vSchema.seed.max ? 1 : values.seed + 1 }),
  };
}
