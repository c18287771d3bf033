// Zero-, one- and few-shot prompts in the GPT-3 paper's layout (a task line, "input => output"
// demonstrations, then the query), and how many demonstrations fit GPT-3's 2,048-token window.

/** GPT-3's context window, n_ctx = 2048 tokens (Brown et al. 2020, §2). */
export const GPT3_CONTEXT_TOKENS = 2048;

export type ShotMode = 'zero' | 'one' | 'few';

export type Demonstration = readonly [input: string, output: string];

export interface PromptParts {
  /** The natural-language task line, or null to leave it out. */
  readonly description: string | null;
  readonly demonstrations: readonly Demonstration[];
  /** The input the model should complete. */
  readonly query: string;
}

/** How many demonstrations each mode uses: 0, 1, or k (a whole number ≥ 1). */
export function shotCount(mode: ShotMode, k: number): number {
  if (!Number.isSafeInteger(k) || k < 1) throw new RangeError(`k must be a whole number >= 1, got ${String(k)}`);
  return mode === 'zero' ? 0 : mode === 'one' ? 1 : k;
}

/** The first `count` demonstrations of the pool, repeating it if the pool is shorter. */
export function pickDemonstrations(pool: readonly Demonstration[], count: number): Demonstration[] {
  if (!Number.isSafeInteger(count) || count < 0) throw new RangeError(`count must be a whole number >= 0, got ${String(count)}`);
  if (count > 0 && pool.length === 0) throw new RangeError('pool must not be empty');
  return Array.from({ length: count }, (_, i) => pool[i % pool.length] as Demonstration);
}

/**
 * The prompt as lines: every line but the last ends with "\n", and the query ends with "=>" so that the
 * model's next tokens are the answer. Joining the lines gives the prompt text.
 */
export function promptLines(parts: PromptParts): string[] {
  const lines: string[] = [];
  if (parts.description !== null) lines.push(`${parts.description}\n`);
  for (const [input, output] of parts.demonstrations) lines.push(`${input} => ${output}\n`);
  lines.push(`${parts.query} =>`);
  return lines;
}

export interface WindowFit {
  /** Mean tokens per demonstration over the pool. */
  readonly meanDemonstrationTokens: number;
  /** Tokens left for demonstrations after the task line and the query. */
  readonly freeTokens: number;
  /** Whole demonstrations of mean length that fit in what is left (0 when nothing is left). */
  readonly fit: number;
}

/**
 * How many demonstrations of the pool's mean length fit beside the fixed part (task line + query):
 * floor((context − fixed) / mean). Token counts are whole numbers; demonstration counts are ≥ 1.
 */
export function demonstrationsThatFit(fixedTokens: number, demonstrationTokens: readonly number[], contextTokens = GPT3_CONTEXT_TOKENS): WindowFit {
  if (!Number.isSafeInteger(fixedTokens) || fixedTokens < 0) throw new RangeError(`fixedTokens must be a whole number >= 0, got ${String(fixedTokens)}`);
  if (!Number.isSafeInteger(contextTokens) || contextTokens < 1) throw new RangeError(`contextTokens must be a whole number >= 1, got ${String(contextTokens)}`);
  if (demonstrationTokens.length === 0) throw new RangeError('demonstrationTokens must not be empty');
  let total = 0;
  demonstrationTokens.forEach((t, i) => {
    if (!Number.isSafeInteger(t) || t < 1) throw new RangeError(`demonstrationTokens[${i}] must be a whole number >= 1, got ${String(t)}`);
    total += t;
  });
  const mean = total / demonstrationTokens.length;
  const freeTokens = Math.max(0, contextTokens - fixedTokens);
  return { meanDemonstrationTokens: mean, freeTokens, fit: Math.floor(freeTokens / mean) };
}

/** Share of the window a prompt fills, in [0, ∞) (above 1 means it does not fit). */
export function windowShare(promptTokens: number, contextTokens = GPT3_CONTEXT_TOKENS): number {
  if (!Number.isSafeInteger(promptTokens) || promptTokens < 0) throw new RangeError(`promptTokens must be a whole number >= 0, got ${String(promptTokens)}`);
  if (!Number.isSafeInteger(contextTokens) || contextTokens < 1) throw new RangeError(`contextTokens must be a whole number >= 1, got ${String(contextTokens)}`);
  return promptTokens / contextTokens;
}
