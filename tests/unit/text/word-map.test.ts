import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tokenize, toSentences } from '@/lib/text/tokenize';
import { wordSimilarity } from '@/lib/text/word-similarity';
import { wordMap } from '@/lib/text/word-map';
import { createWord2Vec, trainChunk } from '@/lib/text/word2vec';

const sentences = [
  ['the', 'cat', 'eats', 'fish'],
  ['the', 'dog', 'eats', 'meat'],
  ['on', 'monday', 'we', 'work'],
  ['on', 'tuesday', 'we', 'work'],
  ['the', 'cat', 'sleeps'],
  ['the', 'dog', 'sleeps'],
];

describe('wordMap', () => {
  const state = createWord2Vec(sentences, { minCount: 1, epochs: 200, seed: 3, dimension: 8 });
  for (;;) if (trainChunk(state, 1000).done) break;
  const groups = [['cat', 'dog', 'zebra'], ['monday', 'tuesday']];
  const map = wordMap(state, groups);

  it('places every known word once, tagged with its group, and skips unknown ones', () => {
    expect(map.points.map((p) => [p.word, p.group])).toEqual([
      ['cat', 0],
      ['dog', 0],
      ['monday', 1],
      ['tuesday', 1],
    ]);
    for (const p of map.points) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
    expect(map.explained[0]).toBeGreaterThanOrEqual(map.explained[1]);
    expect(map.explained[0] + map.explained[1]).toBeLessThanOrEqual(1 + 1e-9);
  });

  it('keeps words of one group closer on the map than words of different groups (English corpus)', () => {
    const english = createWord2Vec(toSentences(tokenize(readFileSync('content/data/corpus-en.txt', 'utf8'), 'en')));
    for (;;) if (trainChunk(english, 5000).done) break;
    const big = wordMap(english, [['cat', 'dog', 'horse', 'cow', 'bird'], ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], ['red', 'blue', 'green', 'yellow', 'white']]);
    expect(big.points).toHaveLength(15);
    const within: number[] = [];
    const across: number[] = [];
    for (const a of big.points) for (const b of big.points) if (a.word < b.word) (a.group === b.group ? within : across).push(Math.hypot(a.x - b.x, a.y - b.y));
    const mean = (xs: number[]) => xs.reduce((s, v) => s + v, 0) / xs.length;
    expect(mean(within)).toBeLessThan(mean(across) / 2);
    expect(wordSimilarity(english, 'cat', 'dog')).toBeGreaterThan(wordSimilarity(english, 'cat', 'monday'));
  });

  it('gives no points when fewer than two words are known', () => {
    expect(wordMap(state, [['cat'], ['zebra']])).toEqual({ points: [], explained: [0, 0] });
    expect(wordMap(state, [])).toEqual({ points: [], explained: [0, 0] });
  });
});
