// Links the first use of each glossary term in a chapter to its entry, so readers can look a term up
// where they meet it; writers do not have to mark terms by hand.
import type { Parent, PhrasingContent, Root, Text } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { SKIP, visit } from 'unist-util-visit';

export interface GlossaryTerm {
  id: string;
  /** Spellings to look for, longest first is not required: the plugin sorts them. */
  texts: string[];
}

/** Node types whose text is never linked: headings, existing links, code, math and components. */
const SKIP_PARENTS = new Set(['heading', 'link', 'linkReference', 'inlineCode', 'code', 'inlineMath', 'math', 'mdxJsxTextElement', 'mdxJsxFlowElement']);

const isCjk = (text: string) => /[\u3400-\u9fff]/.test(text);
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function patternFor(text: string): RegExp {
  // Latin terms match whole words only (so "GAN" is not found inside "CycleGAN"); CJK has no word spaces.
  return isCjk(text) ? new RegExp(escape(text)) : new RegExp(`(?<![\\p{L}\\p{N}-])${escape(text)}(?![\\p{L}\\p{N}])`, 'iu');
}

export function remarkGlossaryLinks(options: { terms: readonly GlossaryTerm[]; linked?: string[] }) {
  const candidates = options.terms
    .flatMap((term) => term.texts.filter((t) => t.trim().length >= 2).map((text) => ({ id: term.id, text, pattern: patternFor(text) })))
    .sort((a, b) => b.text.length - a.text.length);

  return () => (tree: Root) => {
    const done = new Set<string>();
    visit(tree, (node, index, parent) => {
      if (SKIP_PARENTS.has(node.type)) return SKIP;
      if (node.type !== 'text' || parent === undefined || index === undefined) return;
      const text = node as Text;
      let best: { id: string; start: number; end: number } | null = null;
      for (const c of candidates) {
        if (done.has(c.id)) continue;
        const m = c.pattern.exec(text.value);
        if (m && (best === null || m.index < best.start)) best = { id: c.id, start: m.index, end: m.index + m[0].length };
      }
      if (!best) return;
      done.add(best.id);
      options.linked?.push(best.id);
      const term: MdxJsxTextElement = {
        type: 'mdxJsxTextElement',
        name: 'Term',
        attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: best.id }],
        children: [{ type: 'text', value: text.value.slice(best.start, best.end) }],
      };
      const pieces: PhrasingContent[] = [];
      if (best.start > 0) pieces.push({ type: 'text', value: text.value.slice(0, best.start) });
      pieces.push(term);
      if (best.end < text.value.length) pieces.push({ type: 'text', value: text.value.slice(best.end) });
      (parent as Parent).children.splice(index, 1, ...pieces);
      // Continue with the text after the term, which may hold the first use of another term.
      return index + pieces.length - 1;
    });
  };
}
