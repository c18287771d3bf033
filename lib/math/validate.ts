// Argument checks shared by the pure model code, so every module rejects bad input with the same RangeError wording.

export function assertFiniteNumber(x: number, name: string): void {
  if (!Number.isFinite(x)) throw new RangeError(`${name} must be a finite number, got ${String(x)}`);
}

export function assertPositive(x: number, name: string): void {
  if (!Number.isFinite(x) || x <= 0) throw new RangeError(`${name} must be a finite number > 0, got ${String(x)}`);
}

export function assertInteger(x: number, name: string, min: number): void {
  if (!Number.isSafeInteger(x) || x < min) throw new RangeError(`${name} must be a whole number >= ${min}, got ${String(x)}`);
}

export function assertProbability(x: number, name: string): void {
  if (!(x >= 0 && x <= 1)) throw new RangeError(`${name} must be in [0, 1], got ${String(x)}`);
}

export function assertNonEmpty(xs: ArrayLike<unknown>, name: string): void {
  if (xs.length === 0) throw new RangeError(`${name} must not be empty`);
}

export function assertFiniteVector(xs: ArrayLike<number>, name: string): void {
  assertNonEmpty(xs, name);
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i] as number;
    if (!Number.isFinite(x)) throw new RangeError(`${name}[${i}] must be a finite number, got ${String(x)}`);
  }
}

export function assertSameLength(a: ArrayLike<unknown>, b: ArrayLike<unknown>, nameA: string, nameB: string): void {
  if (a.length !== b.length) {
    throw new RangeError(`${nameA} and ${nameB} must have the same length, got ${a.length} and ${b.length}`);
  }
}

/** Checks a non-empty list of equally long, non-empty, finite rows and returns the row length. */
export function assertFiniteMatrix(rows: readonly (readonly number[])[], name: string): number {
  assertNonEmpty(rows, name);
  const width = (rows[0] as readonly number[]).length;
  rows.forEach((row, i) => {
    if (row.length !== width) throw new RangeError(`${name}[${i}] has length ${row.length}, expected ${width}`);
    assertFiniteVector(row, `${name}[${i}]`);
  });
  return width;
}

/** Checks non-negative finite weights of which at least one is positive. */
export function assertWeights(xs: readonly number[], name: string): void {
  assertFiniteVector(xs, name);
  let anyPositive = false;
  xs.forEach((x, i) => {
    if (x < 0) throw new RangeError(`${name}[${i}] must be >= 0, got ${x}`);
    if (x > 0) anyPositive = true;
  });
  if (!anyPositive) throw new RangeError(`${name} must have at least one positive entry`);
}
