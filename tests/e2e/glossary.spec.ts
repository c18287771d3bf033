// The glossary: deep links to a term, links to the explaining section, and term pop-ups in chapters that
// work by keyboard.
import { expect, test } from '@playwright/test';
import { open } from './helpers';

test('a deep link lands on the term, which links to the section that explains it', async ({ page }) => {
  await open(page, '/en/glossary/#pgc');
  const entry = page.locator('#pgc');
  await expect(entry).toBeInViewport();
  await expect(entry.locator('dt')).toContainText('PGC');
  const link = entry.getByTestId('glossary-section-link');
  await expect(link).toHaveAttribute('href', '/en/what-is-aigc/#pgc');
  await link.click();
  await expect(page).toHaveURL(/\/en\/what-is-aigc\/#pgc$/);
});

test('the Chinese glossary is sorted, in Chinese, with the English term beside it', async ({ page }) => {
  await open(page, '/zh/glossary/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('术语表');
  expect(await page.locator('dl > div').count()).toBeGreaterThanOrEqual(40);
  await expect(page.locator('#gan dt')).toContainText('生成对抗网络');
  await expect(page.locator('#gan dt [lang="en"]')).toHaveText('generative adversarial network');
});

test('a term in a chapter shows its definition on focus, hides it on Escape, and links to the glossary', async ({ page }) => {
  await open(page, '/en/what-is-aigc/');
  const term = page.locator('a[data-term]').first();
  await expect(term).toHaveAttribute('href', /^\/en\/glossary\/#[a-z0-9-]+$/);
  await term.focus();
  const tipId = await term.getAttribute('aria-describedby');
  const tip = page.locator(`[id="${tipId}"]`);
  await expect(tip).toBeVisible();
  await expect(tip).toHaveAttribute('role', 'tooltip');
  expect((await tip.textContent())?.length ?? 0).toBeGreaterThan(20);
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
  const href = (await term.getAttribute('href')) as string;
  await term.click();
  await expect(page).toHaveURL(new RegExp(`${href.replace(/[#/]/g, (c) => `\\${c}`)}$`));
  await expect(page.locator(href.slice(href.indexOf('#')))).toBeInViewport();
});

test('each term is linked once per chapter, on first use', async ({ page }) => {
  await page.goto('/en/what-is-aigc/');
  const hrefs = await page.locator('article a[data-term]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs.length).toBeGreaterThan(3);
  expect(new Set(hrefs).size).toBe(hrefs.length);
});
