#!/usr/bin/env node
// Finds a Chromium for the browser tests (CHROME_PATH, else Debian's /usr/bin/chromium) and, when it is
// missing and we are root with apt, installs Debian's package. It never downloads a browser build itself.
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

const wanted = process.env.CHROME_PATH || '/usr/bin/chromium';

function runnable(path) {
  try {
    accessSync(path, constants.X_OK);
    return spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 30_000 }).status === 0;
  } catch {
    return false;
  }
}

function version(path) {
  return execFileSync(path, ['--version'], { encoding: 'utf8' }).trim();
}

if (runnable(wanted)) {
  console.log(`Chromium for tests: ${wanted} (${version(wanted)})`);
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { encoding: 'utf8' }).status === 0;

if (!process.env.CHROME_PATH && isRoot && hasApt) {
  console.log('Chromium is not installed; installing Debian\'s "chromium" package with apt-get …');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  const install = update.status === 0 ? spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env }) : update;
  if (install.status === 0 && runnable(wanted)) {
    console.log(`Chromium for tests: ${wanted} (${version(wanted)})`);
    process.exit(0);
  }
  console.error('apt-get could not install chromium (see the output above).');
}

console.error(
  [
    '',
    `No usable Chromium at ${wanted}. The browser tests need one; this project never downloads a browser.`,
    'Do one of these, then run the tests again:',
    '  • Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y chromium',
    '  • Or point CHROME_PATH at an installed Chromium or Chrome: CHROME_PATH=/path/to/chrome npm test',
    '',
  ].join('\n'),
);
process.exit(1);
