// GPT-2 / GPT-3's byte-level BPE (the r50k_base encoding, 50,257 tokens) from gpt-tokenizer: token counts
// and the pieces a line is cut into. Heavy (the merge table is about half a megabyte): import it only
// from code that is loaded lazily.

import { countTokens, decode, encode, vocabularySize } from 'gpt-tokenizer/encoding/r50k_base';

export const GPT3_VOCABULARY_SIZE = vocabularySize;

export function gpt3TokenCount(text: string): number {
  return countTokens(text);
}

export interface TokenPiece {
  readonly id: number;
  /** The piece's text; a piece that holds only part of a character's bytes decodes to U+FFFD. */
  readonly text: string;
}

export function gpt3Tokens(text: string): TokenPiece[] {
  return encode(text).map((id) => ({ id, text: decode([id]) }));
}

/** Tokens of each line and of the whole prompt; for these prompts the line counts add up to the total. */
export function countPromptTokens(lines: readonly string[]): { perLine: number[]; total: number } {
  return { perLine: lines.map(gpt3TokenCount), total: gpt3TokenCount(lines.join('')) };
}
