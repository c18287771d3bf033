'use client';
// State of the BERT widget: the masking and pair seeds in the URL, the sentence as a text parameter (the
// typed text may be invalid while the last good sentence stays shown), and everything derived from them.
import { useMemo, useState } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { createRng } from '@/lib/math/random';
import { maskTokens } from '@/lib/text/masking';
import { noneChosenProbability } from '@/lib/text/masking-tally';
import { countIsNext, makeNspPair } from '@/lib/text/nsp';
import { tokenize } from '@/lib/text/tokenize';
import { useUrlState } from '../use-url-state';
import { useUrlText } from '../pretraining-shared/use-url-text';
import type { BertCorpus } from './corpus-data';
import { bertMaskingSchema, COUNTER_DRAWS, isValidSentence, NAMESPACE, NSP_DRAWS, presets, TEXT_PARAM } from './schema';
import { useMaskingCounter } from './use-masking-counter';

const next = (n: number, max: number) => (n >= max ? 0 : n + 1);

export function useBertMasking(corpus: BertCorpus, lang: Locale) {
  const { values, update, problems, linkToSetting } = useUrlState(NAMESPACE, bertMaskingSchema);
  const text = useUrlText(TEXT_PARAM, (s) => isValidSentence(s, lang));
  const [typed, setTyped] = useState<string | null>(null);

  const sentence = text.value ?? (presets[lang][0] as string);
  const tokens = useMemo(() => tokenize(sentence, lang), [sentence, lang]);
  const masking = useMemo(() => maskTokens(tokens, corpus.vocabulary, createRng(values.seed)), [tokens, corpus, values.seed]);
  const pair = useMemo(() => makeNspPair(corpus.sentences, createRng(values.pair)), [corpus, values.pair]);
  // The tally uses its own stream, so it is not just the shown pair again.
  const nspTally = useMemo(() => countIsNext(corpus.sentences, createRng(values.pair + 0.5), NSP_DRAWS), [corpus, values.pair]);
  const counter = useMaskingCounter(tokens, corpus.vocabulary, values.seed, COUNTER_DRAWS);
  const set = (patch: Parameters<typeof update>[0]) => text.keep(() => update(patch));

  function chooseSentence(s: string) {
    setTyped(null);
    text.set(s === presets[lang][0] ? null : s);
  }

  return {
    sentence,
    presetIndex: presets[lang].indexOf(sentence),
    typed: typed ?? sentence,
    typedError: typed !== null && !isValidSentence(typed, lang),
    tokens,
    masking,
    noneChosen: noneChosenProbability(tokens.length),
    seed: values.seed,
    pair,
    nspTally,
    counter,
    problems: [...problems.filter((p) => p.param !== TEXT_PARAM), ...(text.problem ? [text.problem] : [])],
    linkToSetting,
    pickPreset: (i: number) => chooseSentence(presets[lang][i] as string),
    type(s: string) {
      setTyped(s);
      if (isValidSentence(s, lang)) text.set(s === presets[lang][0] ? null : s);
    },
    resample: () => set({ seed: next(values.seed, bertMaskingSchema.seed.max) }),
    newPair: () => set({ pair: next(values.pair, bertMaskingSchema.pair.max) }),
  };
}
