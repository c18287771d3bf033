// PGC / UGC / AIGC compared on a few axes: qualitative ratings for an illustration, not measurements,
// plus the one calculation the chapter makes (the cost of a usable piece when only some drafts are kept).

export const modes = ['pgc', 'ugc', 'aigc'] as const;
export type Mode = (typeof modes)[number];

export const dimensions = ['costPerPiece', 'volume', 'speed', 'qualitySpread', 'skillBarrier'] as const;
export type Dimension = (typeof dimensions)[number];

/**
 * Ratings on a 1 (low) to 5 (high) scale. They encode the chapter's argument: professional production is
 * costly, slow and consistent; user platforms multiply volume and spread quality widely; models cut the cost
 * and time of a draft further, while a person still prompts and curates.
 */
const ratings: Readonly<Record<Dimension, Readonly<Record<Mode, number>>>> = {
  costPerPiece: { pgc: 5, ugc: 2, aigc: 1 },
  volume: { pgc: 1, ugc: 4, aigc: 5 },
  speed: { pgc: 1, ugc: 3, aigc: 5 },
  qualitySpread: { pgc: 1, ugc: 5, aigc: 4 },
  skillBarrier: { pgc: 5, ugc: 2, aigc: 1 },
};

export const RATING_MAX = 5;

export function isDimension(value: string): value is Dimension {
  return (dimensions as readonly string[]).includes(value);
}

export function ratingsFor(dimension: Dimension): { mode: Mode; rating: number }[] {
  return modes.map((mode) => ({ mode, rating: ratings[dimension][mode] }));
}

/**
 * Cost of one usable piece when a person keeps a fraction `keepRate` of drafts that cost `draftCost` each:
 * on average 1/keepRate drafts are made per kept one, so the cost is draftCost / keepRate.
 */
export function usableCost(draftCost: number, keepRate: number): number {
  if (!Number.isFinite(draftCost) || draftCost < 0) throw new RangeError(`draftCost must be a finite number >= 0, got ${draftCost}`);
  if (!Number.isFinite(keepRate) || keepRate <= 0 || keepRate > 1) throw new RangeError(`keepRate must be in (0, 1], got ${keepRate}`);
  return draftCost / keepRate;
}

/** Drafts a person must review, on average, to keep `pieces` usable ones. */
export function draftsNeeded(pieces: number, keepRate: number): number {
  if (!Number.isInteger(pieces) || pieces < 0) throw new RangeError(`pieces must be a whole number >= 0, got ${pieces}`);
  if (!Number.isFinite(keepRate) || keepRate <= 0 || keepRate > 1) throw new RangeError(`keepRate must be in (0, 1], got ${keepRate}`);
  // The small tolerance keeps 10 / 0.1 from rounding up to 101; max(0, …) turns -0 into 0.
  return Math.max(0, Math.ceil(pieces / keepRate - 1e-9));
}

/** Illustrative relative costs (a professional piece = 100): chosen to show orders of magnitude, not prices. */
export const illustrativeCost = { pgcPiece: 100, ugcPiece: 5, aigcDraft: 1 } as const;
