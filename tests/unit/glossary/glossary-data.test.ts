// The real content/data/glossary.json, validated against the real content/data/outline.json.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { glossaryChapters, parseGlossary, type Outline } from '@/lib/glossary/glossary';

const read = (file: string): unknown => JSON.parse(readFileSync(path.join(process.cwd(), 'content/data', file), 'utf8'));
const outline = read('outline.json') as Outline;
const glossary = parseGlossary(read('glossary.json'), outline);

describe('content/data/glossary.json', () => {
  it('is valid against the outline and has at least 45 terms', () => {
    expect(glossary.entries.length).toBeGreaterThanOrEqual(45);
  });

  it('uses only the site chapters, and the outline has exactly those chapters', () => {
    expect(Object.keys(outline).sort()).toEqual([...glossaryChapters].sort());
  });

  it('covers the terms the site needs', () => {
    const required = [
      'aigc', 'pgc', 'ugc', 'generative-ai', 'pretraining', 'fine-tuning', 'embedding', 'one-hot-vector', 'word-vector', 'word2vec',
      'cbow', 'skip-gram', 'cosine-similarity', 'softmax', 'temperature', 'top-k', 'top-p', 'token', 'tokenizer', 'byte-pair-encoding',
      'clip', 'contrastive-loss', 'zero-shot', 'convolution', 'resnet', 'transformer', 'attention', 'bert', 'masked-language-model',
      'next-sentence-prediction', 'gpt', 'language-model', 'in-context-learning', 'few-shot', 'gan', 'generator', 'discriminator',
      'mode-collapse', 'non-saturating-loss', 'latent-space', 'cyclegan', 'cycle-consistency-loss', 'diffusion-model', 'noise-schedule',
      'guidance', 'prior', 'decoder', 'upsampler', 'unclip', 'rlhf', 'sft', 'reward-model', 'ppo', 'kl-divergence', 'reward-hacking',
    ];
    expect(required.filter((id) => !glossary.byId(id))).toEqual([]);
  });

  it('finds terms by their usual names in both languages', () => {
    const cases: [string, 'en' | 'zh', string][] = [
      ['GAN', 'en', 'gan'],
      ['生成对抗网络', 'zh', 'gan'],
      ['BPE', 'en', 'byte-pair-encoding'],
      ['unCLIP', 'en', 'unclip'],
      ['DALL-E 2', 'zh', 'unclip'],
      ['核采样', 'zh', 'top-p'],
      ['RLHF', 'zh', 'rlhf'],
      ['Skip-gram', 'en', 'skip-gram'],
      ['KL divergence', 'en', 'kl-divergence'],
      ['模式崩溃', 'zh', 'mode-collapse'],
    ];
    for (const [text, lang, id] of cases) expect(glossary.byTerm(text, lang)?.id, `${lang}: ${text}`).toBe(id);
  });

  it('has short definitions written as sentences in each language', () => {
    for (const e of glossary.entries) {
      expect(e.definition.en, e.id).toMatch(/^[A-Z0-9].*[.)]$/s);
      expect(e.definition.en.split(/(?<=\.)\s+(?=[A-Z])/).length, `${e.id}: at most two or three sentences`).toBeLessThanOrEqual(3);
      expect(e.definition.zh, e.id).toMatch(/[\u4e00-\u9fff]/);
      expect(e.definition.zh, e.id).toMatch(/。$/);
      expect(e.definition.zh, `${e.id}: Chinese punctuation`).not.toMatch(/[\u4e00-\u9fff][,;:]/);
    }
  });

  it('spreads over every chapter of the site', () => {
    const used = new Set(glossary.entries.map((e) => e.chapter));
    expect([...glossaryChapters].filter((c) => !used.has(c))).toEqual([]);
  });
});
