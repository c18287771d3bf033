// The exported pages in out/: every .html file outside _next/ and the search index. Shared by the post-build steps.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** @param {string} dir */
export function* htmlFiles(dir) {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) {
      if (name !== '_next' && !name.startsWith('pagefind')) yield* htmlFiles(full);
    } else if (name.endsWith('.html')) yield full;
  }
}
