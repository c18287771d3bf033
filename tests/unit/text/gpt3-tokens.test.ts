import fc from 'fast-check';
import { countTokens, decode, encode } from 'gpt-tokenizer/encoding/r50k_base';
import { describe, expect, it } from 'vitest';
import { fewShotTaskIds, fewShotTasks } from '@/content/data/pretraining/few-shot-tasks';
import { pickDemonstrations, promptLines } from '@/lib/text/context-window';
import { countPromptTokens, GPT3_VOCABULARY_SIZE, gpt3Pieces, gpt3TokenCount } from '@/lib/text/gpt3-tokens';

describe('the GPT-2 / GPT-3 tokenizer', () => {
  it('is the r50k_base byte-level BPE: GPT-2 ids for "Hello world" and a 50,257-token vocabulary', () => {
    expect(gpt3Pieces('Hello world')).toEqual([
      { ids: [15496], text: 'Hello' },
      { ids: [995], text: ' world' },
    ]);
    expect(GPT3_VOCABULARY_SIZE).toBe(50257);
  });

  it('splits Chinese characters into byte pieces, so Chinese costs more tokens than English here', () => {
    expect(gpt3TokenCount('apple')).toBe(1);
    expect(gpt3TokenCount('苹果')).toBeGreaterThan(2);
  });

  it('groups byte pieces into whole characters without disturbing later decoding', () => {
    const pieces = gpt3Pieces('奶酪');
    expect(pieces.map((p) => p.text)).toEqual(['奶', '酪']);
    expect(pieces.flatMap((p) => p.ids)).toEqual(encode('奶酪'));
    expect(pieces.map((p) => p.ids.length)).toEqual([2, 3]);
    expect(decode(encode('cat'))).toBe('cat');
    for (const text of ['Translate Chinese to English:\n苹果 => apple\n奶酪 =>', ' cheese', '写出每个英文词的反义词：']) {
      const ps = gpt3Pieces(text);
      expect(ps.map((p) => p.text).join('')).toBe(text);
      expect(ps.flatMap((p) => p.ids)).toEqual(encode(text));
    }
  });

  it('counts a fixed sample prompt exactly as the package does, and its line counts add up', () => {
    const lines = ['Translate Chinese to English:\n', '苹果 => apple\n', '香蕉 => banana\n', '奶酪 =>'];
    const counted = countPromptTokens(lines);
    expect(counted.perLine).toEqual([7, 9, 9, 6]);
    expect(counted.total).toBe(31);
    expect(counted.total).toBe(countTokens(lines.join('')));
    expect(counted.total).toBe(encode(lines.join('')).length);
  });

  it('gives line counts that add up to the whole prompt for every task, language and shot count', () => {
    for (const id of fewShotTaskIds) {
      const task = fewShotTasks[id];
      for (const lang of ['en', 'zh'] as const) {
        for (const count of [0, 1, 5, 20]) {
          const lines = promptLines({ description: task.description[lang], demonstrations: pickDemonstrations(task.pool, count), query: task.query[0] });
          const { perLine, total } = countPromptTokens(lines);
          expect(perLine.reduce((a, b) => a + b, 0), `${id} ${lang} ${count}`).toBe(total);
          expect(total).toBe(countTokens(lines.join('')));
        }
      }
    }
  });

  it('adds up line by line for any word pairs (property)', () => {
    const word = fc.stringMatching(/^[a-z\u4e00-\u9fa5]{1,6}$/);
    fc.assert(
      fc.property(fc.array(fc.tuple(word, word), { maxLength: 6 }), word, (pairs, query) => {
        const { perLine, total } = countPromptTokens(promptLines({ description: 'Translate:', demonstrations: pairs, query }));
        return perLine.reduce((a, b) => a + b, 0) === total;
      }),
      { numRuns: 100 },
    );
  });
});
