import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { remarkGlossaryLinks, type GlossaryTerm } from '@/lib/content/glossary-links';

const terms: GlossaryTerm[] = [
  { id: 'gan', texts: ['GAN', 'generative adversarial network'] },
  { id: 'cyclegan', texts: ['CycleGAN'] },
  { id: 'mode-collapse', texts: ['mode collapse', '模式崩溃'] },
];

function link(markdown: string) {
  const tree = fromMarkdown(markdown) as Root;
  const linked: string[] = [];
  remarkGlossaryLinks({ terms, linked })()(tree);
  const found: [string, string][] = [];
  visit(tree, (node) => {
    if ((node as { type: string }).type === 'mdxJsxTextElement') {
      const el = node as unknown as { attributes: { value: string }[]; children: { value: string }[] };
      found.push([el.attributes[0]?.value ?? '', el.children[0]?.value ?? '']);
    }
  });
  return { found, linked, text: toString(tree) };
}

describe('remarkGlossaryLinks', () => {
  it('links the first use of each term once and keeps the text', () => {
    const r = link('A GAN has two parts. Every GAN trains both.\n\nA CycleGAN can suffer mode collapse.');
    expect(r.found).toEqual([
      ['gan', 'GAN'],
      ['cyclegan', 'CycleGAN'],
      ['mode-collapse', 'mode collapse'],
    ]);
    expect(r.text).toBe('A GAN has two parts. Every GAN trains both.A CycleGAN can suffer mode collapse.');
  });

  it('matches whole words in Latin text, ignoring case, and substrings in Chinese', () => {
    expect(link('CycleGANs and OrGANs.').found).toEqual([]);
    expect(link('Generative adversarial networks compete.').found).toEqual([]);
    expect(link('A Generative Adversarial Network competes.').found).toEqual([['gan', 'Generative Adversarial Network']]);
    expect(link('训练时可能出现模式崩溃。').found).toEqual([['mode-collapse', '模式崩溃']]);
  });

  it('leaves headings, links and code alone', () => {
    expect(link('## GAN\n\n[a GAN](#x) and `GAN`').found).toEqual([]);
    expect(link('## GAN\n\nThen a GAN.').found).toEqual([['gan', 'GAN']]);
  });
});
