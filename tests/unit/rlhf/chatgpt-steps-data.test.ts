// The InstructGPT steps module: the paper's figures as FACTS.md has them, both languages everywhere, and a
// validator that really rejects broken data.
import { describe, expect, it } from 'vitest';
import { assertText } from '@/content/data/chatgpt/bilingual';
import { instructGptSteps, paper, validateSteps, type InstructGptStep } from '@/content/data/chatgpt/instructgpt-steps';

describe('InstructGPT’s figures', () => {
  it('match the paper (FACTS.md §8)', () => {
    expect(paper.sftPrompts).toBe(13_000);
    expect(paper.rmPrompts).toBe(33_000);
    expect(paper.ppoPrompts).toBe(31_000);
    expect(paper.contractors).toBe(40);
    expect(paper.rmParams).toBe(6e9);
    expect(paper.modelSizes).toEqual([1.3e9, 6e9, 175e9]);
    expect([paper.kMin, paper.kMax]).toEqual([4, 9]);
    expect(paper.beta).toBe(0.02);
    expect(paper.gamma).toBe(27.8);
    expect(paper.clipRatio).toBe(0.2);
  });

  it('are shown in the step they belong to', () => {
    const figure = (step: string, id: string) => instructGptSteps.find((s) => s.id === step)?.figures.find((f) => f.id === id)?.values;
    expect(figure('sft', 'sft-prompts')).toEqual([13_000]);
    expect(figure('sft', 'labellers')).toEqual([40]);
    expect(figure('rm', 'rm-prompts')).toEqual([33_000]);
    expect(figure('rm', 'rm-size')).toEqual([6e9]);
    expect(figure('rm', 'k-range')).toEqual([4, 9]);
    expect(figure('ppo', 'ppo-prompts')).toEqual([31_000]);
    expect(figure('ppo', 'beta')).toEqual([0.02]);
    expect(figure('ppo', 'gamma')).toEqual([27.8]);
  });

  it('say that the PPO step has no human labels and its prompts come from the API only', () => {
    const ppo = instructGptSteps[2] as InstructGptStep;
    expect(ppo.producedBy.en).toMatch(/API customers only/);
    expect(ppo.data.en).toMatch(/nobody labels/);
  });
});

describe('validateSteps', () => {
  const sft = instructGptSteps[0] as InstructGptStep;
  it('rejects a missing or reordered step, a missing translation and a bad figure', () => {
    expect(() => validateSteps(instructGptSteps.slice(0, 2))).toThrow(/sft, rm, ppo/);
    expect(() => validateSteps([...instructGptSteps].reverse())).toThrow(RangeError);
    const broken = (patch: Partial<InstructGptStep>) => [{ ...sft, ...patch }, ...instructGptSteps.slice(1)];
    expect(() => validateSteps(broken({ data: { en: 'Prompts', zh: '' } }))).toThrow(/steps\.sft\.data\.zh/);
    expect(() => validateSteps(broken({ title: { en: '第一步', zh: '第一步' } }))).toThrow(/Chinese characters/);
    const fig = sft.figures[0] as InstructGptStep['figures'][number];
    expect(() => validateSteps(broken({ figures: [{ ...fig, values: [Number.NaN] }] }))).toThrow(/finite/);
    expect(() => validateSteps(broken({ figures: [{ ...fig, format: 'range', values: [9, 4] }] }))).toThrow(/range/);
    expect(() => validateSteps(broken({ figures: [fig, fig] }))).toThrow(/repeated/);
  });

  it('accepts the shipped steps', () => {
    expect(validateSteps(instructGptSteps)).toBe(instructGptSteps);
  });
});

describe('assertText', () => {
  it('needs Chinese in the zh text and none in the en text', () => {
    expect(() => assertText({ en: 'ok', zh: 'ok' }, 'x')).toThrow(/no Chinese/);
    expect(() => assertText({ en: '好', zh: '好' }, 'x')).toThrow(/contains Chinese/);
    expect(() => assertText({ en: 'ok', zh: '好' }, 'x')).not.toThrow();
  });
});
