// Explicit heading ids written as `## Title {#id}`: MDX would read the braces as code, so the source is
// escaped first and a remark plugin moves the id onto the heading.
import type { Heading, Root, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { ContentError } from './frontmatter';

export interface HeadingInfo {
  depth: 2 | 3;
  id: string;
  text: string;
}

const ID = '[a-z0-9][a-z0-9-]*';
const sourcePattern = new RegExp(`^(#{1,6} .*?)\\s*\\{#(${ID})\\}\\s*$`);
const escapedPattern = new RegExp(`\\s*\\{#(${ID})\\}\\s*$`);

/** Escapes `{#id}` at the end of ATX headings (outside code fences) so MDX keeps it as text. */
export function escapeHeadingIds(source: string): string {
  let fence: string | null = null;
  return source
    .split('\n')
    .map((line) => {
      const fenceMatch = /^\s*(`{3,}|~{3,})/.exec(line);
      if (fenceMatch?.[1]) {
        const marker = fenceMatch[1];
        if (fence === null) fence = marker;
        else if (marker.startsWith(fence)) fence = null;
        return line;
      }
      if (fence !== null) return line;
      const m = sourcePattern.exec(line);
      return m ? `${m[1]} \\{#${m[2]}\\}` : line;
    })
    .join('\n');
}

/**
 * Remark plugin: takes the `{#id}` off each heading and sets it as the element id; every `##` and `###`
 * must carry one (teachers link to them, so they may never change by accident), ids must be unique,
 * and `#` is reserved for the page title.
 */
export function remarkHeadingIds(options: { file: string; headings: HeadingInfo[] }) {
  return () => (tree: Root) => {
    const seen = new Set<string>();
    visit(tree, 'heading', (node: Heading) => {
      const last = node.children[node.children.length - 1];
      let id: string | undefined;
      if (last?.type === 'text') {
        const m = escapedPattern.exec((last as Text).value);
        if (m?.[1]) {
          id = m[1];
          (last as Text).value = (last as Text).value.slice(0, m.index);
        }
      }
      const text = toString(node).trim();
      if (node.depth === 1) throw new ContentError(options.file, `"# ${text}": use ## or ###; the title comes from frontmatter`);
      if (node.depth > 3) {
        if (id) throw new ContentError(options.file, `heading "${text}" has an id but only ## and ### headings are sections`);
        return;
      }
      if (!id) throw new ContentError(options.file, `heading "${text}" needs an explicit id, e.g. {#${slugHint(text)}}`);
      if (seen.has(id)) throw new ContentError(options.file, `section id "${id}" is used twice`);
      seen.add(id);
      // mdast-util-to-hast copies data.hProperties onto the element it creates.
      const data = (node.data ?? {}) as { hProperties?: Record<string, unknown> };
      node.data = { ...data, hProperties: { ...data.hProperties, id } } as Heading['data'];
      options.headings.push({ depth: node.depth as 2 | 3, id, text });
    });
  };
}

function slugHint(text: string): string {
  const slug = text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return slug || 'section-id';
}
