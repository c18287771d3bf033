// Every route in both languages loads cleanly: no console error, no failed request, nothing leaves the site;
// and every formula and paragraph is still there after hydration, though the page's inlined React payload no
// longer carries the prose's HTML (scripts/slim-payload.mjs).
import { expect, test } from '@playwright/test';
import { allRoutes, loadEverything, watch } from './helpers';

for (const route of allRoutes().filter((r) => r !== '/')) {
  test(`loads ${route} cleanly`, async ({ page }) => {
    const problems = watch(page);
    const response = await page.goto(route);
    expect(response?.status()).toBe(200);
    await page.waitForLoadState('networkidle');
    await loadEverything(page);
    await page.waitForLoadState('networkidle');
    expect(problems.list).toEqual([]);
    const payload = [...(await response!.text()).matchAll(/self\.__next_f\.push\((\[.*?\])\)<\/script>/gs)].map((m) => m[1]).join('');
    expect(payload).not.toContain('katex-html');
    const formulas = await page.evaluate(() => {
      const all = [...document.querySelectorAll('.katex')];
      return { drawn: all.filter((k) => k.querySelector('.katex-html')).length, all: all.length };
    });
    expect(formulas.drawn).toBe(formulas.all);
    const served = await response!.text();
    const paragraphs = await page.evaluate((html) => {
      const texts = (doc: Document) => [...doc.querySelectorAll('article section[data-section] > p')].map((p) => p.textContent ?? '');
      return { served: texts(new DOMParser().parseFromString(html, 'text/html')), live: texts(document) };
    }, served);
    expect(paragraphs.live).toEqual(paragraphs.served);
  });
}

test('the root page sends an English browser to /en/ cleanly', async ({ page }) => {
  const problems = watch(page);
  await page.goto('/');
  await page.waitForURL('**/en/');
  await page.waitForLoadState('networkidle');
  // Leaving `/` at once cancels the scripts it had started to fetch; nothing else may go wrong.
  expect(problems.list.filter((p) => !p.endsWith('net::ERR_ABORTED'))).toEqual([]);
});

test('the root page offers both languages without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Read in English' })).toHaveAttribute('href', '/en/');
  await expect(page.getByRole('link', { name: '阅读中文版' })).toHaveAttribute('href', '/zh/');
  await context.close();
});

test('the root page picks a language from the browser', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto('/');
  await page.waitForURL('**/zh/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await context.close();
});

test('html lang is right for each language', async ({ page }) => {
  await page.goto('/en/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.goto('/zh/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});

test('unknown addresses get a real 404 page in both languages', async ({ page }) => {
  const url = '/en/no-such-chapter/';
  const problems = watch(page);
  const response = await page.goto(url);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('heading', { name: '找不到这个页面' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', '/en/');
  // The document's own 404 is the point of the test; anything else going wrong is not.
  const expected = (p: string) => p.endsWith(url) || p === 'console: Failed to load resource: the server responded with a status of 404 (Not Found)';
  expect(problems.list.filter((p) => !expected(p))).toEqual([]);
});
