#!/usr/bin/env node
// After `next build`: marks the scripts every page runs at load with V8's explicit compile hint
// (`//# allFunctionsCalledOnLoad`, https://v8.dev/blog/explicit-compile-hints), so Chromium compiles their
// functions while the file streams in, on a background thread. Without it, each function of React and Next's
// runtime is compiled on the main thread the first time it is called, inside the page's first script task
// (about half of that task on /zh/history/). Widget chunks, loaded later and only when needed, are left alone.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const HINT = '//# allFunctionsCalledOnLoad';

/**
 * The chunk paths a page loads with plain `<script src>` tags (not `noModule`, which modern browsers skip).
 * @param {string} html
 */
export function loadTimeScripts(html) {
  const found = new Set();
  for (const m of html.matchAll(/<script\b([^>]*)>/g)) {
    const attrs = m[1] ?? '';
    if (/\bnoModule\b/i.test(attrs)) continue;
    const src = /\bsrc="([^"]+)"/.exec(attrs)?.[1];
    if (src && /^\/_next\/static\/chunks\/[\w.-]+\.js$/.test(src)) found.add(src);
  }
  return [...found];
}

/**
 * The script with the hint as its first line; a script that already has it comes back unchanged.
 * @param {string} source
 */
export function withCompileHint(source) {
  return source.startsWith(`${HINT}\n`) ? source : `${HINT}\n${source}`;
}

function* htmlFiles(dir) {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) {
      if (name !== '_next' && !name.startsWith('pagefind')) yield* htmlFiles(full);
    } else if (name.endsWith('.html')) yield full;
  }
}

function main() {
  const out = path.resolve(process.argv[2] ?? 'out');
  const scripts = new Set();
  for (const file of htmlFiles(out)) for (const src of loadTimeScripts(readFileSync(file, 'utf8'))) scripts.add(src);
  if (scripts.size === 0) {
    console.error(`compile-hints: no <script src="/_next/static/chunks/..."> in ${out}; has Next changed how it writes pages?`);
    process.exit(1);
  }
  let bytes = 0;
  for (const src of scripts) {
    const file = path.join(out, src);
    const source = readFileSync(file, 'utf8');
    writeFileSync(file, withCompileHint(source));
    bytes += Buffer.byteLength(source);
  }
  console.log(`compile-hints: ${scripts.size} load-time scripts (${(bytes / 1024).toFixed(0)} KB) compiled as they stream in`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main();
