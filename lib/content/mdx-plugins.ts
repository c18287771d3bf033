// Remark and rehype plugins for chapters: what a chapter cites and links to (so pages can number citations and
// tests can check every link), and how its prose reaches React.
import type { Element, Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { find, html as htmlSchema } from 'property-information';
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

/** `<Cite id n>` (numbered by remarkCitations) becomes the plain link it renders as: `<sup><a href="#ref-id">[n]</a></sup>`. */
export function rehypeCitations() {
  return () => (tree: HastRoot) => {
    visit(tree, (node, index, parent) => {
      if (!parent || index === undefined || (node.type as string) !== 'mdxJsxTextElement') return;
      const el = node as unknown as JsxNode;
      if (el.name !== 'Cite') return;
      const id = stringAttribute(el, 'id') ?? '';
      const n = stringAttribute(el, 'n') ?? '?';
      const sup: Element = {
        type: 'element',
        tagName: 'sup',
        properties: {},
        children: [{ type: 'element', tagName: 'a', properties: { href: `#ref-${id}`, dataCite: id }, children: [{ type: 'text', value: `[${n}]` }] }],
      };
      (parent.children as unknown[])[index] = sup;
    });
  };
}

/** Tags that the chapter's MDX components replace (see getMdxComponents); never folded into a parent's HTML. */
const COMPONENT_TAGS = new Set(['h2', 'h3']);

/** Attributes a folded element may carry on itself, by hast property name (data-* and aria-* are also fine). */
const PLAIN_PROPERTIES = new Set(['id', 'className', 'href', 'title', 'lang', 'dir', 'tabIndex', 'colSpan', 'rowSpan', 'align', 'start', 'reversed', 'type', 'src', 'alt', 'width', 'height', 'target', 'rel', 'cite', 'dateTime']);

type HastChild = HastRoot['children'][number];

function isStatic(node: HastChild): boolean {
  if (node.type === 'text' || node.type === 'comment') return true;
  if (node.type !== 'element' || COMPONENT_TAGS.has(node.tagName)) return false;
  return node.children.every((child) => isStatic(child as HastChild));
}

/** The element's own attributes as JSX attributes, or null when one has no plain-string form (a style, say). */
function jsxAttributes(node: Element): MdxJsxAttribute[] | null {
  const out: MdxJsxAttribute[] = [];
  for (const [key, value] of Object.entries(node.properties ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    const info = find(htmlSchema, key);
    const name = /^(data|aria)[A-Z0-9]/.test(key) ? info.attribute : PLAIN_PROPERTIES.has(key) ? key : null;
    if (name === null) return null;
    const text = value === true ? null : Array.isArray(value) ? value.join(info.commaSeparated ? ', ' : ' ') : String(value);
    out.push({ type: 'mdxJsxAttribute', name, value: text });
  }
  return out;
}

function innerHtmlAttribute(html: string): MdxJsxAttribute {
  return {
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
  };
}

/**
 * Hands React each stretch of plain prose as one string of HTML instead of a tree of elements: every element
 * whose whole content is plain HTML (text, formulas, links, lists, tables; no component anywhere inside)
 * keeps its tag and attributes but gets its content as `dangerouslySetInnerHTML`. As elements, a chapter's
 * prose and its thousands of KaTeX spans were each sent again in the page's React payload and walked one by
 * one while the page hydrated; as strings they are written once into the static HTML, the payload copy is
 * dropped after the build (scripts/slim-payload.mjs), and hydration steps over them. Paragraphs holding a
 * component (a glossary term, say) stay elements, and their plain parts (formulas, emphasis) are folded one
 * by one. Runs after rehype-katex and every plugin that changes plain elements.
 */
export function rehypeStaticHtml() {
  return () => (tree: HastRoot) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (!parent || index === undefined || node.children.length === 0 || !isStatic(node)) return;
      const attributes = jsxAttributes(node);
      if (attributes === null) return;
      const replacement: MdxJsxTextElement = {
        type: 'mdxJsxTextElement',
        name: node.tagName,
        attributes: [...attributes, innerHtmlAttribute(toHtml(node.children))],
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
 * Prose tables and display formulas scroll sideways when they are wider than the screen (globals.css), so they
 * take focus and the keyboard can scroll them too. Runs after rehype-katex.
 */
export function rehypeFocusableScrollers() {
  return () => (tree: HastRoot) => {
    visit(tree, 'element', (node: Element) => {
      const className = node.properties?.className;
      const displayFormula = Array.isArray(className) && className.includes('katex-display');
      if (node.tagName === 'table' || displayFormula) node.properties = { ...node.properties, tabIndex: 0 };
    });
  };
}
