import { describe, expect, it } from 'vitest';
import { escapeHeadingIds } from '@/lib/content/heading-ids';
import { parseBibliography } from '@/lib/content/bibliography';

describe('escapeHeadingIds', () => {
  it('escapes {#id} at the end of headings only', () => {
    expect(escapeHeadingIds('## Loss {#loss}\ntext {#x}')).toBe('## Loss \\{#loss\\}\ntext {#x}');
  });
  it('leaves code fences alone', () => {
    const src = '```\n## A {#a}\n```\n### B {#b}';
    expect(escapeHeadingIds(src)).toBe('```\n## A {#a}\n```\n### B \\{#b\\}');
  });
  it('ignores ids that are not lower-case slugs', () => {
    expect(escapeHeadingIds('## A {#Bad Id}')).toBe('## A {#Bad Id}');
  });
});

describe('parseBibliography', () => {
  const entry = { id: 'a2020', authors: 'A', title: 'T', year: 2020, venue: 'V', url: 'https://example.org/' };
  it('indexes entries by id', () => {
    expect(parseBibliography([entry], 'b.json').get('a2020')?.title).toBe('T');
  });
  it('rejects duplicates and bad entries with the entry named', () => {
    expect(() => parseBibliography([entry, entry], 'b.json')).toThrow(/duplicate id "a2020"/);
    expect(() => parseBibliography([{ ...entry, url: 'not a url' }], 'b.json')).toThrow(/entry 0\.url/);
  });
});
