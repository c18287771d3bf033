import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpusEn } from '@/content/data/pretraining/corpus-en';
import { corpusZh } from '@/content/data/pretraining/corpus-zh';
import { fewShotTaskIds, fewShotTasks } from '@/content/data/pretraining/few-shot-tasks';

describe('the corpus modules the widgets import', () => {
  it('hold exactly the shipped corpus files', () => {
    expect(corpusEn).toBe(readFileSync('content/data/corpus-en.txt', 'utf8'));
    expect(corpusZh).toBe(readFileSync('content/data/corpus-zh.txt', 'utf8'));
  });
});

describe('the few-shot tasks', () => {
  it('have 20 distinct demonstrations each, none of them the query', () => {
    for (const id of fewShotTaskIds) {
      const { pool, query } = fewShotTasks[id];
      expect(pool).toHaveLength(20);
      expect(new Set(pool.map(([input]) => input)).size).toBe(20);
      expect(pool.map(([input]) => input)).not.toContain(query[0]);
      for (const [input, output] of [...pool, query]) expect(input.trim() && output.trim()).toBeTruthy();
    }
  });
});
