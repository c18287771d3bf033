#!/usr/bin/env node
// Benchmarks print figures; they are not tests and never fail on a number. For each built page: the JS it
// loads before interaction and its CSS (raw and gzip, read from out/), then Lighthouse 12 mobile and desktop
// scores against the served export in Debian's Chromium, then the model benchmarks that exist.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { htmlFiles } from './out-files.mjs';
import { pageScripts } from './script-loading.mjs';

const out = path.resolve('out');
const args = new Set(process.argv.slice(2));
const only = [...args].find((a) => a.startsWith('--pages='))?.slice('--pages='.length).split(',');
const port = Number(process.env.BENCH_PORT ?? 4199);
// Lighthouse's own guidance: one run varies by several points, so report the median of several.
const runsArg = Number([...args].find((a) => a.startsWith('--runs='))?.slice('--runs='.length) ?? 3);
const mobileRuns = Number.isInteger(runsArg) && runsArg >= 1 && runsArg <= 9 ? runsArg : 3;
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Every built page as a route ('/en/gan/'), from its index.html; the 404 pages are not pages to measure. */
function htmlPages() {
  return [...htmlFiles(out)]
    .filter((file) => path.basename(file) === 'index.html')
    .map((file) => `/${path.relative(out, path.dirname(file)).split(path.sep).join('/')}/`.replace('//', '/'))
    .filter((page) => !/^\/(_not-found|404)\//.test(page))
    .sort();
}

function assetSizes(urls) {
  let raw = 0;
  let gzip = 0;
  for (const url of new Set(urls)) {
    const file = path.join(out, url.split('?')[0]);
    if (!existsSync(file)) continue;
    const body = readFileSync(file);
    raw += body.length;
    gzip += gzipSync(body, { level: 9 }).length;
  }
  return { raw, gzip };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

function sizes(pages) {
  console.log('\nPage weight before interaction (from out/; JS = the scripts each page loads at start, CSS = stylesheets)');
  console.log('page'.padEnd(34), 'JS raw'.padStart(10), 'JS gzip'.padStart(10), 'CSS raw'.padStart(10), 'CSS gzip'.padStart(10), 'HTML gzip'.padStart(10));
  for (const page of pages) {
    const html = readFileSync(path.join(out, page, 'index.html'), 'utf8');
    // Script tags and the scripts the page's loader adds after first paint; nomodule polyfills are skipped.
    const scripts = pageScripts(html);
    const styles = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]);
    const js = assetSizes(scripts);
    const css = assetSizes(styles);
    console.log(page.padEnd(34), kb(js.raw).padStart(10), kb(js.gzip).padStart(10), kb(css.raw).padStart(10), kb(css.gzip).padStart(10), kb(gzipSync(html).length).padStart(10));
  }
}

async function lighthouse(pages) {
  const { default: run } = await import('lighthouse');
  const { default: desktopConfig } = await import('lighthouse/core/config/desktop-config.js');
  const chromeLauncher = await import('chrome-launcher');
  const server = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve) => server.stdout.once('data', resolve));
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  // Without a CJK font, Chromium looks for every Chinese glyph font by font and draws boxes: the /zh/ figures would
  // measure this machine, not a reader's phone (every phone sold in China has such a font).
  const cjk = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  if (pages.some((p) => p.startsWith('/zh/')) && cjk.status === 0 && cjk.stdout.trim() === '') {
    console.log('\nNote: no Chinese font on this machine (fc-list :lang=zh is empty), so /zh/ pages measure slow glyph fallback.');
    console.log('      On Debian: apt-get install fonts-noto-cjk');
  }
  console.log(`\nLighthouse 12 (simulated throttling; scores out of 100; mobile: the run with the median performance of ${mobileRuns}, all runs listed)`);
  console.log('page'.padEnd(34), 'form'.padEnd(8), 'perf'.padStart(5), 'a11y'.padStart(5), 'best'.padStart(5), 'seo'.padStart(5), 'LCP'.padStart(8), 'TBT'.padStart(7), 'CLS'.padStart(6));
  try {
    for (const page of pages) {
      for (const [form, config, runs] of [
        ['mobile', undefined, mobileRuns],
        ['desktop', desktopConfig, 1],
      ]) {
        const results = [];
        for (let i = 0; i < runs; i++) {
          const result = await run(`http://127.0.0.1:${port}${page}`, { port: chrome.port, output: 'json', logLevel: 'error' }, config);
          if (result?.lhr) results.push(result.lhr);
        }
        if (results.length === 0) continue;
        const perf = (r) => r.categories.performance?.score ?? 0;
        const sorted = [...results].sort((a, b) => perf(a) - perf(b));
        const lhr = sorted[Math.floor((sorted.length - 1) / 2)];
        const score = (id) => (lhr.categories[id]?.score == null ? '–' : String(Math.round(lhr.categories[id].score * 100)));
        const audit = (id) => lhr.audits[id]?.displayValue ?? '–';
        console.log(page.padEnd(34), form.padEnd(8), score('performance').padStart(5), score('accessibility').padStart(5), score('best-practices').padStart(5), score('seo').padStart(5), audit('largest-contentful-paint').padStart(8), audit('total-blocking-time').padStart(7), audit('cumulative-layout-shift').padStart(6));
        if (results.length > 1) console.log(' '.repeat(35), 'performance of each run:', results.map((r) => Math.round(perf(r) * 100)).join(', '));
        const failing = Object.values(lhr.audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary');
        if (failing.length > 0) console.log(' '.repeat(35), 'not passed:', failing.map((a) => a.id).join(', '));
      }
    }
  } finally {
    await chrome.kill();
    server.kill();
  }
}

async function models() {
  for (const [file, name] of [
    ['bench-gan.mjs', 'benchGan'],
    ['bench-diffusion.mjs', 'benchDiffusion'],
  ]) {
    if (!existsSync(path.join('scripts', file))) continue;
    const mod = await import(`./${file}`);
    if (typeof mod[name] !== 'function') continue;
    console.log(`\n${name}:`, JSON.stringify(await mod[name]({})));
  }
}

if (!existsSync(path.join(out, 'index.html'))) {
  console.error('No built site in out/. Run "npm run build" first.');
  process.exit(1);
}
const pages = htmlPages().filter((p) => !only || only.includes(p));
sizes(pages);
if (!args.has('--no-lighthouse')) await lighthouse(pages);
if (!args.has('--no-models')) await models();
