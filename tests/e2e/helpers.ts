// Shared end-to-end helpers: the route list (read from content/, so new chapters are covered without
// editing tests) and a watcher that records console errors, failed requests and requests leaving 127.0.0.1.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';

export const langs = ['en', 'zh'] as const;

export function chapterSlugs(lang: string): string[] {
  return readdirSync(path.join(process.cwd(), 'content', lang))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.slice(0, -4))
    .sort();
}

export function allRoutes(): string[] {
  const routes = ['/'];
  for (const lang of langs) {
    routes.push(`/${lang}/`, `/${lang}/glossary/`);
    for (const slug of chapterSlugs(lang)) routes.push(`/${lang}/${slug}/`, `/${lang}/${slug}/slides/`);
  }
  return routes;
}

/** Reading views only (not slides). */
export function chapterRoutes(): string[] {
  return langs.flatMap((lang) => chapterSlugs(lang).map((slug) => `/${lang}/${slug}/`));
}

export interface Problems {
  list: string[];
}

export function watch(page: Page): Problems {
  const problems: Problems = { list: [] };
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    problems.list.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.list.push(`pageerror: ${err.message}`));
  page.on('requestfailed', (req) => problems.list.push(`failed: ${req.url()} ${req.failure()?.errorText ?? ''}`));
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.hostname !== '127.0.0.1') problems.list.push(`left the site: ${req.url()}`);
  });
  page.on('response', (res) => {
    if (res.status() >= 400) problems.list.push(`status ${res.status()}: ${res.url()}`);
  });
  return problems;
}

/** Opens a page and waits until React has hydrated it, so keyboard shortcuts and buttons respond. */
export async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('html[data-hydrated]').waitFor({ state: 'attached', timeout: 20_000 });
}

/** Scrolls through the page so every lazily loaded widget loads, then returns to the top. */
export async function loadEverything(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const step = Math.max(200, window.innerHeight * 0.8);
    for (let y = 0; y < document.documentElement.scrollHeight; y += step) {
      window.scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 30));
    }
    window.scrollTo(0, document.documentElement.scrollHeight);
  });
  // In a slide deck only the current slide is displayed, so only its widgets can load.
  await page.waitForFunction(
    () => [...document.querySelectorAll<HTMLElement>('.widget')].filter((w) => w.offsetParent !== null).every((w) => w.getAttribute('data-state') === 'live'),
    null,
    // A long chapter loads a dozen widget chunks, some training in workers: allow for a busy machine.
    { timeout: 60_000 },
  );
  await page.evaluate(() => window.scrollTo(0, 0));
}
