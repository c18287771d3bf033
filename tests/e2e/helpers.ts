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

/**
 * Brings every displayed widget near the viewport until all of them are live, then returns to the top.
 * It waits for hydration first: a scroll made before React attached the observers would load nothing.
 */
export async function loadEverything(page: Page): Promise<void> {
  await page.locator('html[data-hydrated]').waitFor({ state: 'attached', timeout: 30_000 });
  const deadline = Date.now() + 60_000;
  for (;;) {
    // In a slide deck only the current slide is displayed, so only its widgets can load.
    const pending = await page.evaluate(async () => {
      const waiting = [...document.querySelectorAll<HTMLElement>('.widget')].filter((w) => w.offsetParent !== null && w.getAttribute('data-state') !== 'live');
      for (const w of waiting) {
        w.scrollIntoView({ block: 'center' });
        await new Promise((r) => setTimeout(r, 50));
      }
      return waiting.map((w) => w.getAttribute('data-widget'));
    });
    if (pending.length === 0) break;
    if (Date.now() > deadline) throw new Error(`widgets that never went live: ${pending.join(', ')}`);
    await page.waitForTimeout(300);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}
