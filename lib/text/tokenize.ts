// Splitting widget text into tokens: English into lower-case words and punctuation, Chinese into characters.

export type Language = 'en' | 'zh';

const ENGLISH = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;
const HAN = /\p{Script=Han}/u;
const LATIN_RUN = /^[\p{L}\p{N}]$/u;
const WORD = /[\p{L}\p{N}]/u;
const SENTENCE_END = new Set(['.', '!', '?', '。', '！', '？', '；', ';']);

/** Lower-case words (letters and digits, with inner apostrophes as in "don't") and single punctuation marks. */
export function tokenizeEnglish(text: string): string[] {
  return Array.from(text.toLowerCase().matchAll(ENGLISH), (m) => m[0]);
}

/**
 * One token per Chinese character or punctuation mark; whitespace is skipped. Runs of Latin letters and
 * digits inside Chinese text ("AI", "2023") stay together as one lower-case token.
 */
export function tokenizeChinese(text: string): string[] {
  const tokens: string[] = [];
  let run = '';
  for (const ch of text) {
    if (LATIN_RUN.test(ch) && !HAN.test(ch)) {
      run += ch.toLowerCase();
      continue;
    }
    if (run) tokens.push(run);
    run = '';
    if (!/\s/u.test(ch)) tokens.push(ch);
  }
  if (run) tokens.push(run);
  return tokens;
}

export function tokenize(text: string, language: Language): string[] {
  return language === 'zh' ? tokenizeChinese(text) : tokenizeEnglish(text);
}

/** True for tokens that contain a letter or digit (words and Chinese characters), false for punctuation. */
export function isWordToken(token: string): boolean {
  return WORD.test(token);
}

/** Groups tokens into sentences at sentence-ending punctuation and drops the punctuation; empty sentences vanish. */
export function toSentences(tokens: readonly string[]): string[][] {
  const sentences: string[][] = [];
  let current: string[] = [];
  for (const token of tokens) {
    if (SENTENCE_END.has(token)) {
      if (current.length > 0) sentences.push(current);
      current = [];
    } else if (isWordToken(token)) {
      current.push(token);
    }
  }
  if (current.length > 0) sentences.push(current);
  return sentences;
}

/** Turns tokens back into readable text: English words get spaces (none before punctuation), Chinese none. */
export function joinTokens(tokens: readonly string[], language: Language): string {
  if (language === 'zh') return tokens.join('');
  return tokens.reduce((text, token, i) => (i === 0 ? token : isWordToken(token) ? `${text} ${token}` : `${text}${token}`), '');
}
