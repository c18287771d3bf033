// Splits text for token counting in pieces, so a megabyte can be counted without freezing the page and a
// count can report progress. Pieces end only where the GPT-2/GPT-3 tokenizer's own pre-split ends a word,
// so the sum over pieces equals the count of the whole; only a single "word" longer than `maxPiece`
// characters (say, a thousand emoji with no space) is cut inside, and then the count is marked approximate.

/**
 * The pre-tokenisation pattern of the GPT-2/GPT-3 byte-pair encoding (r50k_base). A unit test checks that
 * it is the same pattern the tokenizer package uses.
 */
export const GPT2_SPLIT = /'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+/gu;

const WHITESPACE_ONLY = /^\s+$/u;

export interface ChunkPlan {
  chunks: string[];
  /** True when every cut falls on a pre-split boundary, so summed counts equal the whole count. */
  exact: boolean;
  /** Characters (code points) in the longest piece that had to be cut; 0 when none was. */
  longestCut: number;
}

export interface ChunkOptions {
  /** Aim for chunks about this long (UTF-16 units). */
  target?: number;
  /** Pieces longer than this are cut: byte-pair merging slows down sharply on very long pieces. */
  maxPiece?: number;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Cuts one over-long piece into parts of at most `max` units without splitting a surrogate pair. */
function cutPiece(piece: string, max: number): string[] {
  const parts: string[] = [];
  let start = 0;
  while (start < piece.length) {
    let end = Math.min(piece.length, start + max);
    if (end < piece.length && isLowSurrogate(piece.charCodeAt(end))) end -= 1;
    parts.push(piece.slice(start, end));
    start = end;
  }
  return parts;
}

export function planChunks(text: string, options: ChunkOptions = {}): ChunkPlan {
  const target = options.target ?? 32_768;
  const maxPiece = options.maxPiece ?? 1_000;
  if (!Number.isInteger(target) || target < 1) throw new RangeError(`target must be a whole number >= 1, got ${target}`);
  if (!Number.isInteger(maxPiece) || maxPiece < 2) throw new RangeError(`maxPiece must be a whole number >= 2, got ${maxPiece}`);

  const chunks: string[] = [];
  let exact = true;
  let longestCut = 0;
  let chunkStart = 0;
  let pos = 0;
  for (const match of text.matchAll(GPT2_SPLIT)) {
    const start = match.index;
    const end = start + match[0].length;
    if (end - start > maxPiece) {
      if (start > chunkStart) chunks.push(text.slice(chunkStart, start));
      const piece = text.slice(start, end);
      chunks.push(...cutPiece(piece, maxPiece));
      exact = false;
      longestCut = Math.max(longestCut, [...piece].length);
      chunkStart = end;
    } else if (end - chunkStart >= target && !WHITESPACE_ONLY.test(match[0])) {
      // Never end a chunk on white space: alone at the end of a chunk, `\s+(?!\S)` would take all of it,
      // while in the whole text its last character goes with the next word.
      chunks.push(text.slice(chunkStart, end));
      chunkStart = end;
    }
    pos = end;
  }
  // The pattern matches every character, so nothing is left over; guard anyway rather than drop text.
  if (pos < text.length) pos = text.length;
  if (chunkStart < pos) chunks.push(text.slice(chunkStart, pos));
  return { chunks, exact, longestCut };
}
