import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createRng } from '@/lib/math/random';
import { softmax } from '@/lib/math/softmax';
import { generateTokens, nextTokenProbabilities, sampleNextToken } from '@/lib/text/generate';
import { nextTokenLogits, trainNgram } from '@/lib/text/ngram';
import { tokenizeEnglish } from '@/lib/text/tokenize';

const model = trainNgram(tokenizeEnglish(readFileSync('content/data/corpus-en.txt', 'utf8')));
const argmax = (xs: readonly number[]) => xs.reduce((best, x, i) => (x > xs[best]! ? i : best), 0);
const positives = (xs: readonly number[]) => xs.filter((x) => x > 0).length;

describe('nextTokenProbabilities', () => {
  it('is the softmax of the model logits at temperature 1 with no cuts', () => {
    const p = nextTokenProbabilities(model, ['the'], { temperature: 1 });
    const q = softmax(nextTokenLogits(model, ['the']));
    p.forEach((x, i) => expect(x).toBeCloseTo(q[i]!, 12));
  });

  it('applies top-k and then top-p', () => {
    expect(positives(nextTokenProbabilities(model, ['the'], { temperature: 1, topK: 5 }))).toBe(5);
    const both = nextTokenProbabilities(model, ['the'], { temperature: 1, topK: 5, topP: 0.3 });
    expect(positives(both)).toBeLessThanOrEqual(5);
    expect(both.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it('sharpens at low temperature and flattens at high temperature', () => {
    const logits = nextTokenLogits(model, ['the', 'cat']);
    const cold = nextTokenProbabilities(model, ['the', 'cat'], { temperature: 0.05 });
    const hot = nextTokenProbabilities(model, ['the', 'cat'], { temperature: 100 });
    expect(cold[argmax(logits)]).toBeGreaterThan(0.99);
    expect(Math.max(...hot)).toBeLessThan(0.05);
  });

  it('throws a RangeError for bad settings', () => {
    expect(() => nextTokenProbabilities(model, [], { temperature: 0 })).toThrow(/temperature/);
    expect(() => nextTokenProbabilities(model, [], { temperature: 1, topK: 0 })).toThrow(/k must be/);
    expect(() => nextTokenProbabilities(model, [], { temperature: 1, topP: 2 })).toThrow(/p must be/);
  });
});

describe('sampleNextToken and generateTokens', () => {
  it('returns a vocabulary token together with the distribution it came from', () => {
    const { token, index, probabilities } = sampleNextToken(model, ['the'], { temperature: 1, topK: 3 }, createRng(1));
    expect(model.vocabulary[index]).toBe(token);
    expect(probabilities[index]).toBeGreaterThan(0);
    expect(positives(probabilities)).toBe(3);
  });

  it('is greedy with top-k = 1', () => {
    const greedy = generateTokens(model, ['the'], 6, { temperature: 1, topK: 1 }, createRng(1));
    const context = ['the'];
    for (const token of greedy) {
      expect(token).toBe(model.vocabulary[argmax(nextTokenLogits(model, context))]);
      context.push(token);
    }
  });

  it('is deterministic for a seed and generates exactly count tokens', () => {
    const settings = { temperature: 0.8, topP: 0.9 };
    const a = generateTokens(model, ['on', 'monday'], 20, settings, createRng(5));
    expect(a).toHaveLength(20);
    expect(generateTokens(model, ['on', 'monday'], 20, settings, createRng(5))).toEqual(a);
    expect(generateTokens(model, ['on'], 0, settings, createRng(5))).toEqual([]);
    expect(() => generateTokens(model, ['on'], -1, settings, createRng(5))).toThrow(RangeError);
  });

  it('does not mutate the prompt', () => {
    const prompt = Object.freeze(['the', 'dog']);
    generateTokens(model, prompt, 5, { temperature: 1 }, createRng(2));
    expect(prompt).toEqual(['the', 'dog']);
  });
});
