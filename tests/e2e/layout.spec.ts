// The reading view: phone width, JavaScript off, the language switch, copy-link anchors, theme, print.
import { expect, test } from '@playwright/test';
import { allRoutes, chapterRoutes, loadEverything, open } from './helpers';

test.describe('at 375 px wide', () => {
  test.use({ viewport: { width: 375, height: 740 } });
  for (const route of allRoutes().filter((r) => r !== '/')) {
    test(`no horizontal scroll on ${route}`, async ({ page }) => {
      await open(page, route);
      await loadEverything(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  for (const route of chapterRoutes()) {
    test(`${route} shows prose, headings, math and static widgets`, async ({ page }) => {
      await page.goto(route);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const h2 = page.locator('article h2');
      expect(await h2.count()).toBeGreaterThan(2);
      await expect(h2.first()).toBeVisible();
      expect(await page.locator('article p').count()).toBeGreaterThan(5);
      const math = page.locator('.katex').first();
      await expect(math).toBeVisible();
      expect((await math.boundingBox())?.height ?? 0).toBeGreaterThan(5);
      for (const fallback of await page.locator('.widget-fallback').all()) await expect(fallback).toBeVisible();
    });
  }
});

test('the language switch keeps the chapter and the section', async ({ page }) => {
  await open(page, '/en/what-is-aigc/#definition');
  await page.getByTestId('language-switch').click();
  await page.waitForURL(/\/zh\/[^/]+\/#definition$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.getByTestId('language-switch').click();
  await page.waitForURL(/\/en\/[^/]+\/#definition$/);
});

test('the language switch follows the section being read', async ({ page }) => {
  await open(page, '/en/what-is-aigc/');
  await page.locator('#ugc').scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, document.getElementById('ugc')!.getBoundingClientRect().top - 60));
  await expect(page.getByTestId('language-switch')).toHaveAttribute('href', '/zh/what-is-aigc/#ugc');
  await expect(page.locator('nav[aria-label="On this page"] a[aria-current="location"]')).toHaveAttribute('href', '#ugc');
});

test('a heading anchor copies the section link', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await open(page, '/en/what-is-aigc/');
  const heading = page.locator('h2#definition');
  await heading.hover();
  const anchor = heading.getByRole('link', { name: 'Copy link to this section' });
  await expect(anchor).toBeVisible();
  await anchor.click();
  await expect(heading.getByRole('status')).toHaveText('Link copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`${new URL(page.url()).origin}/en/what-is-aigc/#definition`);
  // Focus alone also reveals the anchor, for keyboard users.
  await page.locator('h2#examples a.heading-anchor').focus();
  await expect(page.locator('h2#examples a.heading-anchor')).toHaveCSS('opacity', '1');
});

test('the theme toggle switches and is remembered without a flash', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await open(page, '/en/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.getByRole('button', { name: 'Switch colour theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const themeAtFirstPaint = await page.evaluate(async () => {
    const res = await fetch('/en/what-is-aigc/');
    return (await res.text()).includes("localStorage.getItem('theme')");
  });
  expect(themeAtFirstPaint).toBe(true);
  await open(page, '/en/what-is-aigc/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('the theme follows the system when the reader has not chosen', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await open(page, '/zh/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('print drops navigation and shows widgets as static figures', async ({ page }) => {
  await open(page, '/en/what-is-aigc/');
  await loadEverything(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header')).toBeHidden();
  await expect(page.locator('aside:not([data-presenter-notes])')).toBeHidden();
  await expect(page.locator('.widget-fallback').first()).toBeVisible();
  await expect(page.locator('.widget-live').first()).toBeHidden();
});

test('previous and next chapter links and the chapter menu work', async ({ page }) => {
  await open(page, '/en/what-is-aigc/');
  await page.getByText('Chapters', { exact: true }).click();
  const menu = page.getByRole('navigation', { name: 'Chapter menu' });
  await expect(menu.getByRole('link').first()).toBeVisible();
  await expect(menu.locator('a[aria-current="page"]')).toHaveAttribute('href', '/en/what-is-aigc/');
});
