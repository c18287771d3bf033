#!/usr/bin/env node
// After `next build`: drops the prose and formula HTML that Next copies from each exported page into the React
// payload inlined in the same page (see flight-payload.mjs), so a chapter's text is sent once, not twice. The
// .txt payloads used by client-side navigation are left whole.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { slimPage } from './flight-payload.mjs';
import { htmlFiles } from './out-files.mjs';

const out = path.resolve(process.argv[2] ?? 'out');

let pages = 0;
let before = 0;
let after = 0;
for (const file of htmlFiles(out)) {
  const html = readFileSync(file, 'utf8');
  let result;
  try {
    result = slimPage(html);
  } catch (error) {
    console.error(`slim-payload: ${path.relative(process.cwd(), file)}: ${error.message}`);
    process.exit(1);
  }
  if (result.removed === 0) continue;
  writeFileSync(file, result.html);
  pages++;
  before += gzipSync(html).length;
  after += gzipSync(result.html).length;
}
console.log(`slim-payload: ${pages} pages without a second copy of their prose in the payload; gzip ${(before / 1024).toFixed(0)} KB -> ${(after / 1024).toFixed(0)} KB`);
