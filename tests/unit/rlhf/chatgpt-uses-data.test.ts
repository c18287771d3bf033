// The uses module: eight uses in both languages, prompts that carry their own sample input, and a validator that
// really rejects broken data.
import { describe, expect, it } from 'vitest';
import { useIds, usePrompts, validateUses, type UsePrompt } from '@/content/data/chatgpt/uses';

describe('the uses', () => {
  it('are the eight uses of the outline, each with a prompt in both languages and something to check', () => {
    expect(usePrompts.map((u) => u.id)).toEqual([...useIds]);
    expect(useIds).toHaveLength(8);
    for (const use of usePrompts) {
      expect(use.checks.length).toBeGreaterThan(0);
      expect(use.prompt.en.length).toBeGreaterThan(40);
    }
  });

  it('give the sample input inside the prompt where the task needs one', () => {
    const prompt = (id: string) => usePrompts.find((u) => u.id === id)?.prompt ?? { en: '', zh: '' };
    for (const id of ['similarity', 'qa-matching', 'risk', 'typos', 'entities', 'intent']) {
      expect(prompt(id).en, id).toContain('\n');
      expect(prompt(id).zh, id).toContain('\n');
    }
    // The typo prompt's good answer lists exactly the misspellings planted in it.
    const typos = usePrompts.find((u) => u.id === 'typos') as UsePrompt;
    for (const wrong of ['libary', 'Wensday', 'retrun']) expect(typos.prompt.en).toContain(wrong);
    for (const wrong of ['书藉', '做业', '拖廷']) expect(typos.prompt.zh).toContain(wrong);
  });

  it('are rejected by the validator when a translation or a check is missing', () => {
    const first = usePrompts[0] as UsePrompt;
    expect(() => validateUses([{ ...first, prompt: { en: 'Write slogans.', zh: ' ' } }, ...usePrompts.slice(1)])).toThrow(/uses\.slogans\.prompt\.zh/);
    expect(() => validateUses([{ ...first, checks: [] }, ...usePrompts.slice(1)])).toThrow(/checks/);
    expect(() => validateUses(usePrompts.slice(1))).toThrow(RangeError);
    expect(validateUses(usePrompts)).toBe(usePrompts);
  });
});
