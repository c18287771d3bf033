// axe (WCAG 2.1 A and AA) finds no violation on any route, in the light and the dark theme, with widgets loaded.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { allRoutes, loadEverything } from './helpers';

for (const theme of ['light', 'dark'] as const) {
  for (const route of allRoutes().filter((r) => r !== '/')) {
    test(`axe: ${route} (${theme})`, async ({ page }) => {
      // A chapter holds thousands of KaTeX nodes and every widget is loaded first: axe needs more than the
      // default 30 s on a busy two-core machine.
      test.setTimeout(120_000);
      await page.addInitScript((t) => localStorage.setItem('theme', t), theme);
      await page.goto(route);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await loadEverything(page);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(summary).toEqual([]);
    });
  }
}

test('axe: the 404 page', async ({ page }) => {
  await page.goto('/en/no-such-page/');
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});
