'use client';
// State of the cost calculator: the text (on the page only), the sample, reply length and price list (in
// the URL), and the token count, made in the background. While a new count runs, the last result stays.
import { useEffect, useMemo, useRef, useState } from 'react';
import sampleTexts from '@/content/data/in-practice/cost-samples.json';
import { costTable, repeatToLength, tokensPer100Chars } from '@/lib/pricing/cost';
import { isPriceList, tokenPrices } from '@/lib/pricing/prices';
import { parseNumber } from '@/lib/url-state';
import { useUrlState } from '../use-url-state';
import type { CountMessage } from './count-job';
import { createCounter, type Counter } from './counter';
import { costSchema, HUGE_CHARS, MAX_CHARS, NAMESPACE, REPLY_MAX, type SampleId } from './schema';

export interface CountResult {
  tokens: number;
  exact: boolean;
  longestCut: number;
  characters: number;
}

const DEBOUNCE_MS = 200;

export function sampleText(sample: SampleId): string {
  if (sample === 'own') return '';
  if (sample === 'huge') return repeatToLength(sampleTexts.en, HUGE_CHARS);
  return sampleTexts[sample];
}

export function useTokenCost() {
  const { values, update, problems, linkToSetting } = useUrlState(NAMESPACE, costSchema);
  // The live widget renders only in the browser, so the preset in the URL can seed the text directly.
  const [text, setText] = useState(() => sampleText(values.sample as SampleId));
  const [result, setResult] = useState<CountResult | null>(null);
  const [progress, setProgress] = useState<number | null>(0);
  const [failed, setFailed] = useState(false);
  const [typedReply, setTypedReply] = useState<string | null>(null);
  const [replyError, setReplyError] = useState(false);
  const counter = useRef<Counter | null>(null);
  const jobId = useRef(0);

  useEffect(() => {
    const c = createCounter((message: CountMessage) => {
      if (message.id !== jobId.current) return;
      if (message.type === 'progress') setProgress(message.fraction);
      else if (message.type === 'error') {
        setFailed(true);
        setProgress(null);
      } else {
        setFailed(false);
        setProgress(null);
        setResult({ tokens: message.tokens, exact: message.exact, longestCut: message.longestCut, characters: message.characters });
      }
    });
    counter.current = c;
    return () => {
      c.dispose();
      counter.current = null;
    };
  }, []);

  const tooLong = text.length > MAX_CHARS;
  useEffect(() => {
    if (tooLong) return;
    const timer = window.setTimeout(() => {
      jobId.current += 1;
      setProgress((p) => p ?? 0);
      counter.current?.count(jobId.current, text);
    }, DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [text, tooLong]);

  const priceList = isPriceList(values.prices) ? values.prices : 'early-2023';
  const rows = useMemo(() => (result ? costTable(result.tokens, values.reply, tokenPrices[priceList]) : null), [result, values.reply, priceList]);

  function chooseSample(next: SampleId) {
    update({ sample: next });
    setText(sampleText(next));
  }

  function typeText(next: string) {
    setText(next);
    if (values.sample !== 'own') update({ sample: 'own' });
  }

  function typeReply(raw: string) {
    setTypedReply(raw);
    const parsed = parseNumber(raw);
    if (parsed.ok && Number.isInteger(parsed.value) && parsed.value >= 0 && parsed.value <= REPLY_MAX) {
      setReplyError(false);
      update({ reply: parsed.value });
    } else {
      setReplyError(true);
    }
  }

  return {
    text,
    sample: values.sample as SampleId,
    reply: values.reply,
    typedReply: typedReply ?? String(values.reply),
    replyError,
    priceList,
    result,
    rows,
    per100: result ? tokensPer100Chars(result.tokens, result.characters) : null,
    progress,
    failed,
    tooLong,
    problems,
    linkToSetting,
    chooseSample,
    typeText,
    typeReply,
    setPriceList: (next: typeof priceList) => update({ prices: next }),
  };
}
