// The compile step itself: what a good chapter yields, and that each kind of broken chapter fails the
// build with the file and the problem named.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getChapter, listChapters } from '@/lib/content/chapters.server';
import { compileChapter } from '@/lib/content/compile.server';

const fixtures = path.join(process.cwd(), 'tests/fixtures/content');
const known = new Set(['fixture2020', 'other2021']);
const good = readFileSync(path.join(fixtures, 'en/good.mdx'), 'utf8');

function compile(source: string, file = 'content/en/broken.mdx') {
  return compileChapter(source, { file, knownReferences: known });
}

describe('compileChapter', () => {
  it('collects headings with explicit ids, numbers citations by first use, collects links', async () => {
    const chapter = await getChapter('en', 'good', fixtures);
    expect(chapter.headings).toEqual([
      { depth: 2, id: 'first', text: 'First section' },
      { depth: 3, id: 'first-sub', text: 'A subsection' },
    ]);
    expect(chapter.cited).toEqual(['fixture2020', 'other2021']);
    expect(chapter.references.map((r) => r.id)).toEqual(['fixture2020', 'other2021']);
    expect(chapter.links).toEqual(['#first']);
    expect(chapter.frontmatter).toEqual({ title: 'A good chapter', summary: 'Compiles.', description: 'A fixture that compiles.', order: 1 });
    expect(chapter.code).toContain('katex');
  });

  it('leaves {#id} inside code fences alone', async () => {
    const chapter = await compile(good, 'content/en/good.mdx');
    expect(chapter.headings.map((h) => h.id)).not.toContain('not-an-id');
  });

  it('fails on bad frontmatter, naming the file and each field', async () => {
    await expect(listChapters('en', fixtures)).rejects.toThrow(/tests\/fixtures\/content\/en\/bad-frontmatter\.mdx: .*"title".*"order"/);
    const source = readFileSync(path.join(fixtures, 'en/bad-frontmatter.mdx'), 'utf8');
    await expect(compile(source)).rejects.toThrow(/content\/en\/broken\.mdx: frontmatter field "title"/);
  });

  it('fails on a heading without an id', async () => {
    await expect(compile(good.replace('## First section {#first}', '## First section'))).rejects.toThrow(
      /content\/en\/broken\.mdx: heading "First section" needs an explicit id, e\.g\. \{#first-section\}/,
    );
  });

  it('fails on a duplicate section id', async () => {
    await expect(compile(good.replace('{#first-sub}', '{#first}'))).rejects.toThrow(/section id "first" is used twice/);
  });

  it('fails on a level-1 heading', async () => {
    await expect(compile(good.replace('## First section {#first}', '# First section {#first}'))).rejects.toThrow(/use ## or ###/);
  });

  it('fails on a citation missing from the bibliography', async () => {
    await expect(compile(good.replace('other2021', 'nobody1999'))).rejects.toThrow(/<Cite id="nobody1999" \/> is not in the bibliography \(content\/data\/bibliography\/\*\.json\)/);
  });

  it('fails on invalid math, naming the file', async () => {
    await expect(compile(good.replace('\\frac{1}{1 + e^{-x}}', '\\frac{1}{'))).rejects.toThrow(/content\/en\/broken\.mdx/);
  });

  it('fails on MDX syntax errors, naming the file and line', async () => {
    await expect(compile(good.replace('Text.', '').replace('## First section {#first}', '## First section {#first}\n\n<Broken'))).rejects.toThrow(
      /content\/en\/broken\.mdx: [\s\S]*line \d+/,
    );
  });
});

describe('loadBibliography', () => {
  it('merges every file and refuses an id defined twice', async () => {
    const { loadBibliography } = await import('@/lib/content/chapters.server');
    expect([...(await loadBibliography(fixtures)).keys()].sort()).toEqual(['fixture2020', 'other2021']);
    const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const root = mkdtempSync(path.join(tmpdir(), 'bib-'));
    mkdirSync(path.join(root, 'data/bibliography'), { recursive: true });
    const entry = { id: 'dup2020', authors: 'A', title: 'T', year: 2020, venue: 'V', url: 'https://example.org/' };
    writeFileSync(path.join(root, 'data/bibliography/a.json'), JSON.stringify([entry]));
    writeFileSync(path.join(root, 'data/bibliography/b.json'), JSON.stringify([entry]));
    await expect(loadBibliography(root)).rejects.toThrow(/b\.json: id "dup2020" is already defined in .*a\.json/);
  });
});

describe('sections', () => {
  it('wraps the intro and each ## section, with its ### subsections, for the slides', async () => {
    const chapter = await compile(good, 'content/en/good.mdx');
    const sections = [...chapter.code.matchAll(/"data-section":"([^"]+)"/g)].map((m) => m[1]);
    expect(sections).toEqual(['intro', 'first']);
    expect(chapter.sections).toEqual(['intro', 'first']);
  });
});

/** A compiled chapter as static markup, with the components that need the site left out. */
async function renderChapter(code: string, components: Record<string, unknown> = {}): Promise<string> {
  const { getMDXComponent } = await import('mdx-bundler/client');
  const { createElement } = await import('react');
  const { renderToStaticMarkup } = await import('react-dom/server');
  return renderToStaticMarkup(createElement(getMDXComponent(code), { components: { Notes: () => null, ...components } }));
}

describe('plain prose as one string of HTML per element', () => {
  it('folds a paragraph of text, formulas and citations into its element, which keeps its tag', async () => {
    const chapter = await compile(good, 'content/en/good.mdx');
    const html = await renderChapter(chapter.code);
    expect(html).toMatch(/<p>Intro with inline math <span class="katex">.*<\/span> and a citation <sup><a href="#ref-fixture2020" data-cite="fixture2020">\[1\]<\/a><\/sup>\.<\/p>/);
    expect(html).toContain('cite again <sup><a href="#ref-other2021" data-cite="other2021">[2]</a></sup>');
    // The citation's elements are inside the paragraph's string, not calls in the compiled code.
    expect(chapter.code).not.toMatch(/"sup"/);
    expect(chapter.code).toContain('Intro with inline math');
  });

  it('keeps an element holding a component as elements, folding only its plain parts', async () => {
    const { createElement } = await import('react');
    const source = good.replace('Intro with inline math', 'Intro with <Badge /> and *stress* and math');
    const chapter = await compile(source, 'content/en/good.mdx');
    const html = await renderChapter(chapter.code, { Badge: () => createElement('b', { 'data-badge': '' }, 'badge') });
    expect(html).toContain('<p>Intro with <b data-badge="">badge</b> and <em>stress</em> and math <span class="katex">');
    expect(chapter.code).toMatch(/\.em,\{dangerouslySetInnerHTML:\{__html:"stress"\}\}/);
  });

  it('never folds the headings that the site renders with its own component', async () => {
    const { createElement } = await import('react');
    const h = (tag: string) => ({ id, children }: { id?: string; children?: unknown }) => createElement(tag, { id, 'data-site-heading': '' }, children as never);
    const html = await renderChapter((await compile(good, 'content/en/good.mdx')).code, { h2: h('h2'), h3: h('h3') });
    expect(html).toContain('<h2 id="first" data-site-heading="">First section</h2>');
    expect(html).toContain('<h3 id="first-sub" data-site-heading="">A subsection</h3>');
  });
});

describe('KaTeX as one string of HTML per formula', () => {
  it('renders the same markup as KaTeX, with each formula a single element React does not walk', async () => {
    const katex = (await import('katex')).default;
    // A function, not a string: in a replacement string "$$" means one "$".
    const source = good.replace('## First section {#first}', () => '## First section {#first}\n\nInline $a^2 + b^2$ and\n\n$$\n\\frac{1}{\\sqrt{x}}\n$$\n');
    const chapter = await compile(source, 'content/en/good.mdx');
    expect(chapter.code).toContain('dangerouslySetInnerHTML');
    // KaTeX's inner spans are inside strings, not JSX calls.
    expect(chapter.code).not.toMatch(/className:\s*"mord"/);
    const html = await renderChapter(chapter.code);
    const inline = katex.renderToString('a^2 + b^2', { output: 'htmlAndMathml' });
    const display = katex.renderToString('\\frac{1}{\\sqrt{x}}', { output: 'htmlAndMathml', displayMode: true });
    // KaTeX writes SVG paths self-closed; the serializer closes them with a tag. The browser reads both alike.
    const closed = (markup: string) => markup.replace(/<(path|line)([^>]*)\/>/g, '<$1$2></$1>');
    expect(html).toContain(closed(inline));
    // The display formula's wrapper can take focus, to be scrolled by keys; what it holds is KaTeX's own.
    expect(html).toContain(closed(display).replace('<span class="katex-display">', '<span class="katex-display" tabindex="0">'));
  });
});

describe('prose tables', () => {
  it('lets the keyboard reach a prose table, which scrolls when it is wider than the screen', async () => {
    const html = await renderChapter((await compile(good, 'content/en/good.mdx')).code);
    expect(html).toContain('<table tabindex="0">');
  });
});
