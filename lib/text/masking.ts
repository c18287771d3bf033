// BERT's masked-language-model corruption rule (15% chosen; of those 80% [MASK], 10% random, 10% unchanged).

import { randomInt, uniform } from '@/lib/math/random';
import { assertInteger, assertNonEmpty, assertProbability } from '@/lib/math/validate';

export const MASK_TOKEN = '[MASK]';

/** What happened at one position: chosen and masked, chosen and replaced, chosen and kept, or not chosen. */
export type MaskKind = 'masked' | 'random' | 'kept' | null;

export interface MaskResult {
  readonly input: string[];
  /** The original token at every chosen position (the model must predict it there), else null. */
  readonly targets: (string | null)[];
  readonly kinds: MaskKind[];
}

/**
 * Applies the rule independently at each position: chosen with probability `rate`; a chosen token becomes
 * '[MASK]' with probability 0.8, a uniformly drawn vocabulary token with 0.1 (which may happen to be the
 * same word, as in BERT), and stays as it is with 0.1. An empty token list gives empty results; the
 * vocabulary must not be empty and rate must lie in [0, 1].
 */
export function maskTokens(
  tokens: readonly string[],
  vocabulary: readonly string[],
  rng: () => number,
  rate = 0.15,
): MaskResult {
  assertNonEmpty(vocabulary, 'vocabulary');
  assertProbability(rate, 'rate');
  const input: string[] = [];
  const targets: (string | null)[] = [];
  const kinds: MaskKind[] = [];
  for (const token of tokens) {
    if (uniform(rng) >= rate) {
      input.push(token);
      targets.push(null);
      kinds.push(null);
      continue;
    }
    const u = uniform(rng);
    const kind: MaskKind = u < 0.8 ? 'masked' : u < 0.9 ? 'random' : 'kept';
    input.push(kind === 'masked' ? MASK_TOKEN : kind === 'random' ? (vocabulary[randomInt(rng, vocabulary.length)] as string) : token);
    targets.push(token);
    kinds.push(kind);
  }
  return { input, targets, kinds };
}

/** Running counts over many maskings, for a counter that converges to 15% / 12% / 1.5% / 1.5%. */
export interface MaskTally {
  readonly positions: number;
  readonly masked: number;
  readonly random: number;
  readonly kept: number;
}

export const EMPTY_MASK_TALLY: MaskTally = Object.freeze({ positions: 0, masked: 0, random: 0, kept: 0 });

/** Returns a new tally with one more masking counted. */
export function addToTally(tally: MaskTally, result: MaskResult): MaskTally {
  const count = (kind: MaskKind) => result.kinds.filter((k) => k === kind).length;
  return {
    positions: tally.positions + result.kinds.length,
    masked: tally.masked + count('masked'),
    random: tally.random + count('random'),
    kept: tally.kept + count('kept'),
  };
}

export interface MaskShares {
  readonly chosen: number;
  readonly masked: number;
  readonly random: number;
  readonly kept: number;
}

/** Each count as a share of all positions seen; all 0 before any position has been counted. */
export function tallyShares(tally: MaskTally): MaskShares {
  const n = tally.positions;
  const share = (x: number) => (n > 0 ? x / n : 0);
  return {
    chosen: share(tally.masked + tally.random + tally.kept),
    masked: share(tally.masked),
    random: share(tally.random),
    kept: share(tally.kept),
  };
}

/** Masks the same tokens `draws` times and tallies what happened (draws is a whole number ≥ 0). */
export function simulateMasking(
  tokens: readonly string[],
  vocabulary: readonly string[],
  rng: () => number,
  draws: number,
  rate = 0.15,
): MaskTally {
  assertInteger(draws, 'draws', 0);
  let tally = EMPTY_MASK_TALLY;
  for (let i = 0; i < draws; i++) tally = addToTally(tally, maskTokens(tokens, vocabulary, rng, rate));
  return tally;
}
