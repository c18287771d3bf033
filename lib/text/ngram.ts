// A small n-gram language model with add-k smoothing and backoff, the "language model" of the sampling widget.

import { assertInteger, assertNonEmpty, assertPositive } from '@/lib/math/validate';

interface ContextCounts {
  total: number;
  readonly next: Map<number, number>;
}

export interface NgramModel {
  /** n: the model looks at up to n − 1 previous tokens. */
  readonly order: number;
  /** The pseudo-count added to every vocabulary token in a seen context. */
  readonly k: number;
  /** Tokens in order of first appearance in the training data. */
  readonly vocabulary: readonly string[];
  readonly index: ReadonlyMap<string, number>;
  /** Counts of the next token after each context, keyed by the joined context (the empty context is the unigram). */
  readonly contexts: ReadonlyMap<string, { readonly total: number; readonly next: ReadonlyMap<number, number> }>;
}

export interface NgramOptions {
  /** 1 (unigram) to 5; default 3 (trigram). */
  readonly order?: number;
  /** Add-k smoothing constant in (0, 1e6]; default 0.01. */
  readonly k?: number;
}

/** JSON keeps contexts apart whatever characters the tokens contain. */
function keyOf(context: readonly string[]): string {
  return JSON.stringify(context);
}

/**
 * Counts every context of length 0..order−1 followed by a token. Training is deterministic: the same tokens
 * give the same model. At least one token is needed.
 */
export function trainNgram(tokens: readonly string[], options: NgramOptions = {}): NgramModel {
  const order = options.order ?? 3;
  const k = options.k ?? 0.01;
  assertNonEmpty(tokens, 'tokens');
  assertInteger(order, 'order', 1);
  if (order > 5) throw new RangeError(`order must be at most 5, got ${order}`);
  assertPositive(k, 'k');
  if (k > 1e6) throw new RangeError(`k must be at most 1e6, got ${k}`);
  const vocabulary: string[] = [];
  const index = new Map<string, number>();
  for (const token of tokens) {
    if (!index.has(token)) {
      index.set(token, vocabulary.length);
      vocabulary.push(token);
    }
  }
  const contexts = new Map<string, ContextCounts>();
  tokens.forEach((token, i) => {
    const id = index.get(token) as number;
    for (let length = 0; length < order && length <= i; length++) {
      const key = keyOf(tokens.slice(i - length, i));
      let counts = contexts.get(key);
      if (!counts) {
        counts = { total: 0, next: new Map() };
        contexts.set(key, counts);
      }
      counts.total += 1;
      counts.next.set(id, (counts.next.get(id) ?? 0) + 1);
    }
  });
  return { order, k, vocabulary, index, contexts };
}

/**
 * The context the model actually conditions on: the longest suffix of `context` (at most order − 1 tokens)
 * that appeared in training, down to the empty context (unigram) when nothing matches.
 */
export function backoffContext(model: NgramModel, context: readonly string[]): string[] {
  for (let length = Math.min(model.order - 1, context.length); length > 0; length--) {
    const suffix = context.slice(context.length - length);
    if (model.contexts.has(keyOf(suffix))) return suffix;
  }
  return [];
}

/**
 * Log-probabilities of every vocabulary token (in vocabulary order) after `context`:
 * log((count + k) / (total + k·V)) in the backed-off context. They are finite, and exp of them sums to 1.
 */
export function nextTokenLogits(model: NgramModel, context: readonly string[]): number[] {
  const counts = model.contexts.get(keyOf(backoffContext(model, context)));
  const v = model.vocabulary.length;
  const total = counts?.total ?? 0;
  const denominator = Math.log(total + model.k * v);
  return model.vocabulary.map((_, id) => Math.log((counts?.next.get(id) ?? 0) + model.k) - denominator);
}
