// Remark plugins that collect what a chapter cites and links to, so pages can number citations and tests
// can check every link.
import type { Element, Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Link, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { ContentError } from './frontmatter';

type JsxNode = MdxJsxTextElement | MdxJsxFlowElement;

function stringAttribute(node: JsxNode, name: string): string | undefined {
  const attr = node.attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof attr?.value === 'string' ? attr.value : undefined;
}

/** Numbers `<Cite id>` elements in order of first use and fails on ids missing from the bibliography. */
export function remarkCitations(options: { file: string; known: ReadonlySet<string>; cited: string[] }) {
  return () => (tree: Root) => {
    visit(tree, (node) => {
      if (node.type !== 'mdxJsxTextElement' && node.type !== 'mdxJsxFlowElement') return;
      const el = node as JsxNode;
      if (el.name !== 'Cite') return;
      const id = stringAttribute(el, 'id');
      if (!id) throw new ContentError(options.file, '<Cite> needs an id attribute');
      if (!options.known.has(id)) throw new ContentError(options.file, `<Cite id="${id}" /> is not in the bibliography (content/data/bibliography/*.json)`);
      let n = options.cited.indexOf(id) + 1;
      if (n === 0) n = options.cited.push(id);
      el.attributes.push({ type: 'mdxJsxAttribute', name: 'n', value: String(n) });
    });
  };
}

/** Collects every link target: markdown links and `href` / `try` attributes of JSX elements. */
export function remarkCollectLinks(options: { links: string[] }) {
  return () => (tree: Root) => {
    visit(tree, (node) => {
      if (node.type === 'link') options.links.push((node as Link).url);
      else if (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') {
        for (const name of ['href', 'try']) {
          const href = stringAttribute(node as JsxNode, name);
          if (href) options.links.push(href);
        }
      }
    });
  };
}

/** rehype-katex renders a bad formula as red text and carries on; a chapter with one must not build. */
export function rehypeFailOnKatexError(options: { file: string }) {
  return () => (tree: HastRoot) => {
    visit(tree, 'element', (node: Element) => {
      const className = node.properties?.className;
      if (Array.isArray(className) && className.includes('katex-error')) {
        const title = typeof node.properties?.title === 'string' ? node.properties.title : 'KaTeX error';
        const line = node.position?.start.line;
        throw new ContentError(options.file, `${title}${line ? ` (line ${line})` : ''}`);
      }
    });
  };
}

/**
 * Hands each KaTeX formula to React as one string of HTML instead of a tree of elements. A chapter holds
 * thousands of KaTeX spans; as elements, every one is sent again in the page's React payload and walked
 * while the page hydrates, which kept the main thread busy for a second on a phone. As a string the
 * formula is written once into the static HTML and React leaves it alone. Runs after rehype-katex.
 */
export function rehypeKatexAsHtml() {
  return () => (tree: HastRoot) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (!parent || index === undefined) return;
      const className = node.properties?.className;
      if (!Array.isArray(className)) return;
      const display = className.includes('katex-display');
      if (!display && !className.includes('katex')) return;
      const html = toHtml(node.children);
      const replacement: MdxJsxTextElement = {
        type: 'mdxJsxTextElement',
        name: 'span',
        attributes: [
          { type: 'mdxJsxAttribute', name: 'className', value: className.join(' ') },
          // A display formula wider than the screen scrolls sideways; the keyboard must be able to reach it.
          ...(display ? [{ type: 'mdxJsxAttribute' as const, name: 'tabIndex', value: '0' }] : []),
          {
            type: 'mdxJsxAttribute',
            name: 'dangerouslySetInnerHTML',
            value: {
              type: 'mdxJsxAttributeValueExpression',
              value: `{__html: ${JSON.stringify(html)}}`,
              data: {
                estree: {
                  type: 'Program',
                  sourceType: 'module',
                  body: [
                    {
                      type: 'ExpressionStatement',
                      expression: {
                        type: 'ObjectExpression',
                        properties: [
                          {
                            type: 'Property',
                            kind: 'init',
                            method: false,
                            shorthand: false,
                            computed: false,
                            key: { type: 'Identifier', name: '__html' },
                            value: { type: 'Literal', value: html },
                          },
                        ],
                      },
                    },
                  ],
                },
              },
            },
          },
        ],
        children: [],
      };
      (parent.children as unknown[])[index] = replacement;
      return 'skip';
    });
  };
}

/**
 * Wraps each `##` section (the heading and everything up to the next `##`) in
 * `<section data-section="id">`, and what comes before the first one in `data-section="intro"`, so the
 * same compiled chapter serves as the reading view and as one slide per section.
 */
export function rehypeSections(options: { sections: string[] }) {
  return () => (tree: HastRoot) => {
    const out: HastRoot['children'] = [];
    let current: Element | null = null;
    const open = (id: string) => {
      options.sections.push(id);
      current = { type: 'element', tagName: 'section', properties: { dataSection: id, className: ['chapter-section'] }, children: [] };
      out.push(current);
      return current;
    };
    for (const node of tree.children) {
      const isEsm = (node as { type: string }).type === 'mdxjsEsm';
      if (isEsm) {
        out.push(node);
        continue;
      }
      if (node.type === 'element' && node.tagName === 'h2') {
        const id = node.properties?.id;
        open(typeof id === 'string' ? id : 'section').children.push(node);
        continue;
      }
      if (!current) {
        if (node.type === 'text' && node.value.trim() === '') continue;
        current = open('intro');
      }
      (current as Element).children.push(node as Element);
    }
    tree.children = out;
  };
}

/**
 * A prose table scrolls sideways when it is wider than the screen (globals.css), so it takes focus and the
 * keyboard can scroll it too.
 */
export function rehypeFocusableTables() {
  return () => (tree: HastRoot) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'table') node.properties = { ...node.properties, tabIndex: 0 };
    });
  };
}
