'use client';
// State of the PGC / UGC / AIGC widget: the chosen dimension and keep rate (both in the URL), and the
// typed keep-rate text, which may be invalid while the last good value stays in force.
import { useState } from 'react';
import { draftsNeeded, illustrativeCost, isDimension, ratingsFor, usableCost, type Dimension } from '@/lib/aigc/production-modes';
import { parseNumber } from '@/lib/url-state';
import { useUrlState } from '../use-url-state';
import { NAMESPACE, productionModesSchema } from './schema';

export function useProductionModes() {
  const { values, update, problems, linkToSetting } = useUrlState(NAMESPACE, productionModesSchema);
  const [typed, setTyped] = useState<string | null>(null);
  const [typedError, setTypedError] = useState(false);

  const dimension: Dimension = isDimension(values.dim) ? values.dim : 'costPerPiece';
  const keepRate = values.keep / 100;

  function setDimension(next: Dimension) {
    update({ dim: next });
  }

  function setKeepPercent(percent: number) {
    setTyped(null);
    setTypedError(false);
    update({ keep: percent });
  }

  function typeKeepPercent(text: string) {
    setTyped(text);
    const parsed = parseNumber(text);
    const { min, max } = productionModesSchema.keep;
    if (parsed.ok && parsed.value >= min && parsed.value <= max) {
      setTypedError(false);
      update({ keep: parsed.value });
    } else {
      setTypedError(true);
    }
  }

  return {
    dimension,
    keepPercent: values.keep,
    typedKeep: typed ?? String(values.keep),
    typedError,
    ratings: ratingsFor(dimension),
    usable: usableCost(illustrativeCost.aigcDraft, keepRate),
    pgcCost: illustrativeCost.pgcPiece,
    drafts: draftsNeeded(10, keepRate),
    problems,
    linkToSetting,
    setDimension,
    setKeepPercent,
    typeKeepPercent,
  };
}
