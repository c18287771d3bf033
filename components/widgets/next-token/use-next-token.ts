'use client';
// State of the next-token widget: temperature, top-k, top-p and seed in the URL, the prompt as a text
// parameter, the typed temperature (which may be invalid while the last good one stays in force), and
// how many tokens have been generated. The continuation is recomputed from the seed, so it replays.
import { useMemo, useState } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { createRng } from '@/lib/math/random';
import { generateTokens } from '@/lib/text/generate';
import type { NgramModel } from '@/lib/text/ngram';
import { nextTokenView, samplingSettings } from '@/lib/text/next-token-view';
import { tokenize } from '@/lib/text/tokenize';
import { parseNumber } from '@/lib/url-state';
import { useUrlState } from '../use-url-state';
import { useUrlText } from '../pretraining-shared/use-url-text';
import { BARS_SHOWN, defaultPrompt, isValidPrompt, MAX_GENERATED, NAMESPACE, nextTokenSchema, PROMPT_PARAM } from './schema';

export function useNextToken(model: NgramModel, lang: Locale) {
  const { values, update, problems, linkToSetting } = useUrlState(NAMESPACE, nextTokenSchema);
  const prompt = useUrlText(PROMPT_PARAM, (text) => isValidPrompt(text, lang));
  const [typedPrompt, setTypedPrompt] = useState<string | null>(null);
  const [typedT, setTypedT] = useState<string | null>(null);
  const [count, setCount] = useState(0);

  const promptText = prompt.value ?? defaultPrompt[lang];
  const promptTokens = useMemo(() => tokenize(promptText, lang), [promptText, lang]);
  const settings = useMemo(() => samplingSettings(values.t, values.k, values.p), [values.t, values.k, values.p]);
  const generated = useMemo(() => generateTokens(model, promptTokens, count, settings, createRng(values.seed)), [model, promptTokens, count, settings, values.seed]);
  const view = useMemo(() => nextTokenView(model, [...promptTokens, ...generated], settings, BARS_SHOWN), [model, promptTokens, generated, settings]);

  const set = (patch: Parameters<typeof update>[0]) => prompt.keep(() => update(patch));
  const tOk = (x: number) => x >= nextTokenSchema.t.min && x <= nextTokenSchema.t.max;
  const typedTParsed = typedT === null ? null : parseNumber(typedT);
  const temperatureError = typedTParsed !== null && !(typedTParsed.ok && tOk(typedTParsed.value));
  const promptError = typedPrompt !== null && !isValidPrompt(typedPrompt, lang);

  return {
    lang,
    temperature: values.t,
    k: values.k,
    p: values.p,
    seed: values.seed,
    typedTemperature: typedT ?? String(values.t),
    temperatureError,
    typedPrompt: typedPrompt ?? promptText,
    promptError,
    promptTokens,
    generated,
    view,
    problems: [...problems.filter((p) => p.param !== PROMPT_PARAM), ...(prompt.problem ? [prompt.problem] : [])],
    linkToSetting,
    setTemperature(t: number) {
      setTypedT(null);
      set({ t });
    },
    typeTemperature(text: string) {
      setTypedT(text);
      const parsed = parseNumber(text);
      if (parsed.ok && tOk(parsed.value)) set({ t: parsed.value });
    },
    setK: (k: number) => set({ k }),
    setP: (p: number) => set({ p }),
    typePrompt(text: string) {
      setTypedPrompt(text);
      if (!isValidPrompt(text, lang)) return;
      setCount(0);
      prompt.set(text === defaultPrompt[lang] ? null : text);
    },
    step: (n: number) => setCount((c) => Math.min(MAX_GENERATED, c + n)),
    canStep: count < MAX_GENERATED,
    restart: () => setCount(0),
    newSeed() {
      setCount(0);
      set({ seed: values.seed >= nextTokenSchema.seed.max ? 0 : values.seed + 1 });
    },
  };
}
