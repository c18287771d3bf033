// Softmax with temperature and log-sum-exp, stable for any finite logits (and -Infinity for "impossible").

import { assertNonEmpty, assertPositive } from './validate';

/** Logits may be finite or -Infinity (a token that can never be chosen); NaN and +Infinity are rejected. */
function checkLogits(xs: readonly number[], name: string): number {
  assertNonEmpty(xs, name);
  let max = -Infinity;
  xs.forEach((x, i) => {
    if (Number.isNaN(x) || x === Infinity) throw new RangeError(`${name}[${i}] must be finite or -Infinity, got ${x}`);
    if (x > max) max = x;
  });
  return max;
}

/**
 * softmax(x / T). The maximum is subtracted before dividing by T, so 1e308 / 0.1 never overflows and
 * softmax([1e308, -1e308]) = [1, 0]. A -Infinity logit gets probability 0. All logits -Infinity leaves
 * nothing to normalise and throws a RangeError, as do an empty array and a temperature that is not > 0.
 */
export function softmax(logits: readonly number[], temperature = 1): number[] {
  assertPositive(temperature, 'temperature');
  const max = checkLogits(logits, 'logits');
  if (max === -Infinity) throw new RangeError('logits must not all be -Infinity');
  const weights = logits.map((x) => Math.exp((x - max) / temperature));
  const total = weights.reduce((sum, w) => sum + w, 0);
  return weights.map((w) => w / total);
}

/**
 * log(sum(exp(x))), computed as max + log(sum(exp(x − max))). All entries -Infinity gives -Infinity
 * (the log of an empty sum); an empty array throws a RangeError.
 */
export function logSumExp(xs: readonly number[]): number {
  const max = checkLogits(xs, 'xs');
  if (max === -Infinity) return -Infinity;
  let total = 0;
  for (const x of xs) total += Math.exp(x - max);
  return max + Math.log(total);
}
