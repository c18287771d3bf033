// GPT-2 / GPT-3's byte-level BPE (the r50k_base encoding, 50,257 tokens) from gpt-tokenizer: token counts
// and the pieces a line is cut into. Heavy (the merge table is about half a megabyte): import it only
// from code that is loaded lazily.

import { countTokens, decodeGenerator, encode, vocabularySize } from 'gpt-tokenizer/encoding/r50k_base';

export const GPT3_VOCABULARY_SIZE = vocabularySize;

export function gpt3TokenCount(text: string): number {
  return countTokens(text);
}

export interface TokenPiece {
  /** Token ids that together spell `text`: one for most English words, several when a character's
   * UTF-8 bytes are split across tokens (as with most Chinese characters here). */
  readonly ids: number[];
  readonly text: string;
}

/**
 * The text cut into GPT-3 tokens, grouped so that each piece decodes to whole characters. The package's
 * decoder is a shared streaming one, so a lone token holding part of a character must never be decoded
 * by itself (its bytes would leak into the next decode); the whole sequence is decoded in one pass and
 * each piece takes the tokens consumed before it was emitted.
 */
export function gpt3Pieces(text: string): TokenPiece[] {
  const ids = encode(text);
  let consumed = 0;
  const counted = {
    *[Symbol.iterator]() {
      for (const id of ids) {
        consumed++;
        yield id;
      }
    },
  };
  const pieces: TokenPiece[] = [];
  let start = 0;
  for (const part of decodeGenerator(counted)) {
    pieces.push({ ids: ids.slice(start, consumed), text: part });
    start = consumed;
  }
  return pieces;
}

/** Tokens of each line and of the whole prompt; for these prompts the line counts add up to the total. */
export function countPromptTokens(lines: readonly string[]): { perLine: number[]; total: number } {
  return { perLine: lines.map(gpt3TokenCount), total: gpt3TokenCount(lines.join('')) };
}
