#!/usr/bin/env node
// The one test command: type-check, lint, unit and content tests, build the static export, then the
// end-to-end tests in Chromium. It runs every layer even when one fails and ends with one summary line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const tmp = mkdtempSync(path.join(tmpdir(), 'aigc-tests-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];

function run(label, command, args, env = {}) {
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  return { ok: result.status === 0, seconds };
}

function check(label, command, args) {
  const { ok, seconds } = run(label, command, args);
  totals[ok ? 'passed' : 'failed'] += 1;
  lines.push(`${label}: ${ok ? 'ok' : 'FAILED'} (${seconds} s)`);
  return ok;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

function vitest() {
  const out = path.join(tmp, 'vitest.json');
  const { ok, seconds } = run('unit + content tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]);
  const report = readJson(out);
  if (!report) {
    totals.failed += 1;
    lines.push(`unit + content tests: FAILED to report (${seconds} s)`);
    return;
  }
  const passed = report.numPassedTests ?? 0;
  const failed = (report.numFailedTests ?? 0) + (ok || report.numFailedTests ? 0 : 1);
  const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  totals.passed += passed;
  totals.failed += failed;
  totals.skipped += skipped;
  lines.push(`unit + content tests: ${passed} passed, ${failed} failed, ${skipped} skipped (${seconds} s)`);
}

function playwright() {
  const out = path.join(tmp, 'playwright.json');
  const { ok, seconds } = run('end-to-end tests', 'npx', ['playwright', 'test'], { PW_JSON_REPORT: out });
  const stats = readJson(out)?.stats;
  if (!stats) {
    totals.failed += 1;
    lines.push(`end-to-end tests: FAILED to report (${seconds} s)`);
    return;
  }
  const failed = (stats.unexpected ?? 0) + (ok || stats.unexpected ? 0 : 1);
  totals.passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
  totals.failed += failed;
  totals.skipped += stats.skipped ?? 0;
  lines.push(`end-to-end tests: ${stats.expected ?? 0} passed, ${failed} failed, ${stats.skipped ?? 0} skipped, ${stats.flaky ?? 0} flaky (${seconds} s)`);
}

check('type-check', 'npx', ['tsc', '--noEmit']);
check('lint', 'npx', ['eslint', '--max-warnings=0', '.']);
vitest();
const chromium = check('Chromium for tests', 'node', ['scripts/ensure-chromium.mjs']);
rmSync('out', { recursive: true, force: true });
const built = check('build (static export + search index)', 'npm', ['run', 'build']) && existsSync('out/index.html');
if (built && chromium) playwright();
else {
  totals.failed += 1;
  lines.push('end-to-end tests: not run (no build or no Chromium)');
}

rmSync(tmp, { recursive: true, force: true });
console.log('\n=== Summary');
for (const line of lines) console.log(`  ${line}`);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);
