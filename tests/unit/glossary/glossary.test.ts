import { describe, expect, it } from 'vitest';
import { GlossaryError, normaliseTerm, parseGlossary, type GlossaryEntry, type Outline } from '@/lib/glossary/glossary';

const outline: Outline = Object.freeze({
  gan: Object.freeze(['loss', 'training']),
  pretraining: Object.freeze(['gpt']),
});

function entry(over: Partial<GlossaryEntry> = {}): GlossaryEntry {
  return {
    id: 'mode-collapse',
    term: { en: 'mode collapse', zh: '模式崩溃' },
    definition: { en: 'The generator makes only a few kinds of output.', zh: '生成器只产出少数几种样本。' },
    chapter: 'gan',
    section: 'training',
    aliases: { en: [], zh: ['模式坍塌'] },
    ...over,
  };
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

function problemsOf(data: unknown, o: Outline = outline): readonly string[] {
  try {
    parseGlossary(data, o);
  } catch (err) {
    expect(err).toBeInstanceOf(GlossaryError);
    return (err as GlossaryError).problems;
  }
  throw new Error('expected parseGlossary to throw');
}

describe('parseGlossary', () => {
  it('accepts valid entries and looks them up by id and by term, alias, case and width', () => {
    const data = deepFreeze([
      entry(),
      entry({
        id: 'top-p',
        term: { en: 'top-p sampling', zh: 'top-p 采样' },
        chapter: 'pretraining',
        section: 'gpt',
        aliases: { en: ['nucleus sampling'], zh: ['核采样'] },
      }),
    ]);
    const g = parseGlossary(data, outline);
    expect(g.entries.map((e) => e.id)).toEqual(['mode-collapse', 'top-p']);
    expect(g.byId('top-p')?.term.zh).toBe('top-p 采样');
    expect(g.byId('missing')).toBeUndefined();
    expect(g.byTerm('Mode Collapse', 'en')?.id).toBe('mode-collapse');
    expect(g.byTerm('  nucleus   sampling ', 'en')?.id).toBe('top-p');
    expect(g.byTerm('ＴＯＰ-Ｐ　采样', 'zh')?.id).toBe('top-p');
    expect(g.byTerm('模式坍塌', 'zh')?.id).toBe('mode-collapse');
    expect(g.byTerm('模式坍塌', 'en')).toBeUndefined();
    expect(g.byTerm('mode collapse', 'zh')).toBeUndefined();
    expect(g.byTerm('', 'en')).toBeUndefined();
  });

  it('does not treat inherited object keys as chapters or terms', () => {
    const inherited = Object.create({ gan: ['training'] }) as Outline;
    expect(problemsOf([entry()], inherited)).toEqual(['mode-collapse: chapter "gan" is not in the outline']);
    const g = parseGlossary([entry()], outline);
    expect(g.byTerm('constructor', 'en')).toBeUndefined();
    expect(g.byId('constructor')).toBeUndefined();
  });

  it('accepts an empty glossary', () => {
    expect(parseGlossary([], outline).entries).toEqual([]);
  });

  it('rejects data that is not an array of entries, naming the field', () => {
    expect(problemsOf({})).toEqual([expect.stringMatching(/^entry \(root\):/)]);
    expect(problemsOf([{ ...entry(), definition: { en: 'x' } }]).join()).toMatch(/entry 0\.definition\.zh/);
    expect(problemsOf([{ ...entry(), extra: 1 }]).join()).toMatch(/extra/);
    expect(problemsOf([entry({ id: 'Mode Collapse' })]).join()).toMatch(/entry 0\.id: must be lower-case kebab-case/);
    expect(problemsOf([entry({ term: { en: '  ', zh: '模式崩溃' } })]).join()).toMatch(/entry 0\.term\.en/);
    expect(problemsOf([entry({ chapter: 'physics' as GlossaryEntry['chapter'] })]).join()).toMatch(/entry 0\.chapter/);
    expect(problemsOf([entry({ definition: { en: 'x'.repeat(401), zh: '短' } })]).join()).toMatch(/entry 0\.definition\.en/);
  });

  it('rejects duplicate ids', () => {
    const second = entry({ term: { en: 'collapse of modes', zh: '模式塌缩' }, aliases: { en: [], zh: [] } });
    expect(problemsOf([entry(), second])).toEqual(['duplicate id "mode-collapse"']);
  });

  it('rejects chapters and sections missing from the outline it is given', () => {
    expect(problemsOf([entry({ section: 'cyclegan' })])).toEqual(['mode-collapse: section "cyclegan" is not in chapter "gan"']);
    expect(problemsOf([entry({ chapter: 'chatgpt', section: 'training' })])).toEqual(['mode-collapse: chapter "chatgpt" is not in the outline']);
    expect(() => parseGlossary([entry({ chapter: 'chatgpt', section: 'ppo' })], { chatgpt: ['ppo'] })).not.toThrow();
  });

  it('rejects a term text that would name two entries, or one entry twice', () => {
    const clash = entry({ id: 'collapse', term: { en: 'Mode  Collapse', zh: '崩溃' }, aliases: { en: [], zh: [] } });
    expect(problemsOf([entry(), clash])).toEqual(['collapse: en term "Mode  Collapse" also names "mode-collapse"']);
    expect(problemsOf([entry({ aliases: { en: [], zh: ['模式崩溃'] } })])).toEqual(['mode-collapse: "模式崩溃" is listed twice in zh']);
  });

  it('lists every problem at once in the message', () => {
    const err = (() => {
      try {
        parseGlossary([entry({ section: 'nope' }), entry()], outline);
      } catch (e) {
        return e as GlossaryError;
      }
      return null;
    })();
    expect(err?.problems.length).toBeGreaterThanOrEqual(3);
    expect(err?.message).toMatch(/^glossary: mode-collapse: section "nope".*; duplicate id/);
  });

  it('does not modify its input', () => {
    const data = deepFreeze([entry()]);
    expect(() => parseGlossary(data, outline)).not.toThrow();
    expect(data[0]?.aliases.zh).toEqual(['模式坍塌']);
  });
});

describe('normaliseTerm', () => {
  it('folds case, full-width forms and whitespace', () => {
    expect(normaliseTerm('  Top-K\tSampling ')).toBe('top-k sampling');
    expect(normaliseTerm('ＧＡＮ')).toBe('gan');
    expect(normaliseTerm('KL 散度')).toBe('kl 散度');
  });
});
