#!/usr/bin/env node
// After `next build`: how each exported page loads its scripts. A chapter is complete as static HTML and its
// scripts only add the widgets, so:
//  1. The page starts fetching its scripts after its first paint, not while the text is still arriving: Next
//     writes them as async <script src> tags (plus preload links) in the head, which the browser fetches at
//     once, sharing a slow connection with the page itself. A small inline loader at the end of the body adds
//     the same tags after the first frame (at once when the page opens in a background tab).
//  2. Each of those scripts carries V8's explicit compile hint (`//# allFunctionsCalledOnLoad`,
//     https://v8.dev/blog/explicit-compile-hints), so Chromium compiles React and Next's runtime on a
//     background thread while they download, instead of function by function inside the first script task.
// Widget chunks, loaded later and only when needed, are left alone.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { htmlFiles } from './out-files.mjs';

export const HINT = '//# allFunctionsCalledOnLoad';

const CHUNK = /^\/_next\/static\/chunks\/[\w.-]+\.js$/;

/**
 * Takes the page's async chunk scripts and script preloads out of its HTML and loads the same scripts, in the
 * same order, from an inline loader at the end of the body once the first frame is painted. `noModule`
 * polyfills (which modern browsers skip) and every other script stay as they are.
 * @param {string} html
 * @returns {{ html: string, scripts: string[] }}
 */
export function deferScripts(html) {
  const scripts = [];
  let out = html.replace(/<script\b([^>]*)><\/script>/g, (whole, attrs) => {
    const src = /\bsrc="([^"]+)"/.exec(attrs)?.[1];
    if (!src || !CHUNK.test(src) || !/\basync=""/.test(attrs) || /\bnoModule\b/i.test(attrs)) return whole;
    if (!scripts.includes(src)) scripts.push(src);
    return '';
  });
  if (scripts.length === 0) return { html, scripts };
  out = out.replace(/<link\b[^>]*\brel="preload"[^>]*\bas="script"[^>]*\/?>/g, (whole) => {
    const href = /\bhref="([^"]+)"/.exec(whole)?.[1];
    return href && scripts.includes(href) ? '' : whole;
  });
  const end = out.lastIndexOf('</body>');
  if (end < 0) throw new Error('script-loading: a page with scripts but no </body>');
  const loader =
    `<script>(function(){var s=${JSON.stringify(scripts).replace(/</g, '\\u003c')};` +
    "function go(){for(var i=0;i<s.length;i++){var e=document.createElement('script');e.src=s[i];e.async=true;document.head.appendChild(e)}}" +
    "if(document.visibilityState==='hidden')go();else requestAnimationFrame(function(){setTimeout(go,0)})})()</script>";
  return { html: out.slice(0, end) + loader + out.slice(end), scripts };
}

/**
 * Every chunk script a page loads at start: its own `<script src>` tags (not `noModule`) and the scripts its
 * loader adds after the first paint. Used by the benchmark to weigh a page's JavaScript.
 * @param {string} html
 */
export function pageScripts(html) {
  const tags = [...html.matchAll(/<script\b([^>]*)>/g)]
    .filter((m) => !/\bnoModule\b/i.test(m[1] ?? ''))
    .map((m) => /\bsrc="([^"]+)"/.exec(m[1] ?? '')?.[1])
    .filter((src) => typeof src === 'string');
  const list = /<script>\(function\(\)\{var s=(\[[^\]]*\]);/.exec(html)?.[1];
  const deferred = list ? JSON.parse(list) : [];
  return [...new Set([...tags, ...deferred])];
}

/**
 * The script with the hint as its first line; a script that already has it comes back unchanged.
 * @param {string} source
 */
export function withCompileHint(source) {
  return source.startsWith(`${HINT}\n`) ? source : `${HINT}\n${source}`;
}

function main() {
  const out = path.resolve(process.argv[2] ?? 'out');
  const all = new Set();
  let pages = 0;
  for (const file of htmlFiles(out)) {
    const original = readFileSync(file, 'utf8');
    const { html, scripts } = deferScripts(original);
    if (scripts.length > 0) {
      writeFileSync(file, html);
      pages++;
    }
    // A page done by an earlier run still names its scripts in its loader; they keep their hint.
    for (const src of scripts.length > 0 ? scripts : pageScripts(original)) if (CHUNK.test(src)) all.add(src);
  }
  if (all.size === 0) {
    console.error(`script-loading: no <script src="/_next/static/chunks/..." async> in ${out}; has Next changed how it writes pages?`);
    process.exit(1);
  }
  let bytes = 0;
  for (const src of all) {
    const file = path.join(out, src);
    const source = readFileSync(file, 'utf8');
    writeFileSync(file, withCompileHint(source));
    bytes += Buffer.byteLength(source);
  }
  console.log(`script-loading: ${pages} pages now fetch their scripts after first paint; ${all.size} load-time scripts (${(bytes / 1024).toFixed(0)} KB) compiled as they stream in`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main();
