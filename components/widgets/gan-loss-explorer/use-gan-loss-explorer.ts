'use client';
// State of the loss explorer: D's output and the generator's Gaussian live in the URL; a typed value that is not
// a number in range shows a message and leaves the last good value in force. Every number comes from lib/gan.
import { useMemo, useState } from 'react';
import { lossCurvePoint } from '@/lib/gan/loss';
import { gaussianPanel, lossCurveSeries } from '@/lib/gan/loss-explorer';
import { parseNumber } from '@/lib/url-state';
import { useUrlState } from '../use-url-state';
import { lossExplorerSchema, NAMESPACE } from './schema';

type Key = keyof typeof lossExplorerSchema;

const inRange = (key: Key, x: number) => x >= lossExplorerSchema[key].min && x <= lossExplorerSchema[key].max;

export function useGanLossExplorer() {
  const { values, update, problems, linkToSetting } = useUrlState(NAMESPACE, lossExplorerSchema);
  const [typed, setTyped] = useState<Partial<Record<Key, string>>>({});

  const series = useMemo(() => lossCurveSeries(100), []);
  const point = useMemo(() => lossCurvePoint(values.d), [values.d]);
  const panel = useMemo(() => gaussianPanel(values.mu, values.sigma), [values.mu, values.sigma]);

  const isError = (key: Key) => {
    const text = typed[key];
    if (text === undefined) return false;
    const parsed = parseNumber(text);
    return !(parsed.ok && inRange(key, parsed.value));
  };

  return {
    values,
    series,
    point,
    panel,
    problems,
    linkToSetting,
    typedValue: (key: Key) => typed[key] ?? String(values[key]),
    isError,
    /** From a slider: always valid, and it replaces whatever was typed. */
    set(key: Key, value: number) {
      setTyped((t) => ({ ...t, [key]: undefined }));
      update({ [key]: value });
    },
    /** From a text field: applied only when it parses to a number in range. */
    type(key: Key, text: string) {
      setTyped((t) => ({ ...t, [key]: text }));
      const parsed = parseNumber(text);
      if (parsed.ok && inRange(key, parsed.value)) update({ [key]: parsed.value });
    },
  };
}

export type LossExplorerState = ReturnType<typeof useGanLossExplorer>;
