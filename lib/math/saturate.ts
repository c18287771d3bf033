// Clamps a result into the finite double range, so an overflow reads as "as large as a double goes", never Infinity.

export function saturate(x: number): number {
  if (x > Number.MAX_VALUE) return Number.MAX_VALUE;
  if (x < -Number.MAX_VALUE) return -Number.MAX_VALUE;
  return x;
}
