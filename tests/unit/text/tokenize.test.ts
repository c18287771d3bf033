import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isWordToken, joinTokens, tokenize, tokenizeChinese, tokenizeEnglish, toSentences } from '@/lib/text/tokenize';

describe('tokenizeEnglish', () => {
  it('splits into lower-case words and single punctuation marks', () => {
    expect(tokenizeEnglish("The Cat's toy, isn't it?")).toEqual(['the', "cat's", 'toy', ',', "isn't", 'it', '?']);
    expect(tokenizeEnglish('  Monday...  7 days ')).toEqual(['monday', '.', '.', '.', '7', 'days']);
    expect(tokenizeEnglish('')).toEqual([]);
  });
});

describe('tokenizeChinese', () => {
  it('gives one token per character and skips whitespace', () => {
    expect(tokenizeChinese('我有一只猫。\n 它很乖！')).toEqual(['我', '有', '一', '只', '猫', '。', '它', '很', '乖', '！']);
  });

  it('keeps runs of Latin letters and digits together', () => {
    expect(tokenizeChinese('AI在2023年')).toEqual(['ai', '在', '2023', '年']);
  });
});

describe('tokenize', () => {
  it('picks the tokenizer by language', () => {
    expect(tokenize('猫 cat', 'zh')).toEqual(['猫', 'cat']);
    expect(tokenize('猫 cat', 'en')).toEqual(['猫', 'cat']);
    expect(tokenize('好的', 'en')).toEqual(['好的']);
    expect(tokenize('好的', 'zh')).toEqual(['好', '的']);
  });
});

describe('isWordToken, toSentences and joinTokens', () => {
  it('tells words from punctuation', () => {
    expect(['cat', '猫', '7', "don't"].every(isWordToken)).toBe(true);
    expect(['.', '，', '?', '“'].some(isWordToken)).toBe(false);
  });

  it('splits at sentence ends and drops punctuation', () => {
    expect(toSentences(tokenizeEnglish('The cat sleeps. The dog, too! Yes'))).toEqual([
      ['the', 'cat', 'sleeps'],
      ['the', 'dog', 'too'],
      ['yes'],
    ]);
    expect(toSentences(tokenizeChinese('猫睡觉。。狗，也睡觉！'))).toEqual([['猫', '睡', '觉'], ['狗', '也', '睡', '觉']]);
  });

  it('joins tokens back into readable text', () => {
    expect(joinTokens(tokenizeEnglish('the cat sleeps, the dog runs.'), 'en')).toBe('the cat sleeps, the dog runs.');
    expect(joinTokens(['猫', '睡', '觉', '。'], 'zh')).toBe('猫睡觉。');
    expect(joinTokens([], 'en')).toBe('');
  });
});

describe('the shipped corpora', () => {
  const en = readFileSync('content/data/corpus-en.txt', 'utf8');
  const zh = readFileSync('content/data/corpus-zh.txt', 'utf8');

  it('are the promised size: 2,000–4,000 English words and Chinese characters', () => {
    const words = tokenizeEnglish(en).filter(isWordToken).length;
    const characters = tokenizeChinese(zh).filter((t) => /\p{Script=Han}/u.test(t)).length;
    expect(words).toBeGreaterThanOrEqual(2000);
    expect(words).toBeLessThanOrEqual(4000);
    expect(characters).toBeGreaterThanOrEqual(2000);
    expect(characters).toBeLessThanOrEqual(4000);
  });

  it('repeat the words the widgets and tests rely on', () => {
    const counts = new Map<string, number>();
    for (const t of tokenizeEnglish(en)) counts.set(t, (counts.get(t) ?? 0) + 1);
    for (const word of ['cat', 'dog', 'monday', 'tuesday', 'red', 'blue', 'paris', 'london']) {
      expect(counts.get(word) ?? 0).toBeGreaterThanOrEqual(10);
    }
    for (const ch of ['猫', '狗', '红', '蓝', '雨', '雪']) expect(zh.split(ch).length - 1).toBeGreaterThanOrEqual(10);
  });
});
