// Reads the required section ids per chapter: content/data/outline.json, checked against shared/OUTLINE.md
// when that file is beside the repository (it is in CI and in the team's workspace).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export type Outline = Record<string, string[]>;

export function readOutline(): Outline {
  return JSON.parse(readFileSync(path.join(process.cwd(), 'content/data/outline.json'), 'utf8')) as Outline;
}

export function sharedOutlinePath(): string | null {
  const candidate = path.resolve(process.cwd(), '../shared/OUTLINE.md');
  return existsSync(candidate) ? candidate : null;
}

/** Every backticked id in a chapter's part of OUTLINE.md, in order. */
export function parseOutlineMarkdown(markdown: string): Outline {
  const out: Outline = {};
  const parts = markdown.split(/^## \d+\. `([a-z0-9-]+)`.*$/m);
  for (let i = 1; i < parts.length; i += 2) {
    const slug = parts[i] as string;
    const ids: string[] = [];
    for (const m of (parts[i + 1] ?? '').matchAll(/`([a-z0-9]+(?:-[a-z0-9]+)*)`/g)) {
      const id = m[1] as string;
      if (id !== slug && !ids.includes(id)) ids.push(id);
    }
    out[slug] = ids;
  }
  return out;
}
