// Adding up masking tallies, so the 15% / 12% / 1.5% / 1.5% counter can run its draws in small slices.

import type { MaskTally } from './masking';

/** The tally of two runs taken together. */
export function addTallies(a: MaskTally, b: MaskTally): MaskTally {
  return {
    positions: a.positions + b.positions,
    masked: a.masked + b.masked,
    random: a.random + b.random,
    kept: a.kept + b.kept,
  };
}

/** BERT's expected shares of all positions: 15% chosen, 80/10/10 of those (Devlin et al. 2018, §3.1). */
export const BERT_EXPECTED_SHARES = Object.freeze({ chosen: 0.15, masked: 0.12, random: 0.015, kept: 0.015 });

/** Chance that no position of an n-token sentence is chosen: (1 − rate)^n (n a whole number ≥ 0). */
export function noneChosenProbability(n: number, rate = 0.15): number {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`n must be a whole number >= 0, got ${String(n)}`);
  if (!(rate >= 0 && rate <= 1)) throw new RangeError(`rate must be in [0, 1], got ${String(rate)}`);
  return (1 - rate) ** n;
}
