// The early-2023 services table: sorting and filtering by mouse, keyboard and URL; the static table
// without JavaScript; unverified prices never invented.
import { expect, test, type Locator, type Page } from '@playwright/test';

const url = '/en/in-practice/';

async function open(page: Page, search = '') {
  await page.goto(`${url}${search}#services`);
  const widget = page.getByTestId('services-table');
  await widget.scrollIntoViewIfNeeded({ timeout: 15_000 });
  await expect(widget).toBeVisible();
  return widget;
}

const ids = (widget: Locator) => widget.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-service')));

test('mouse: sorting by price puts the cheapest first, unverified prices last; a second click reverses', async ({ page }) => {
  const widget = await open(page);
  await widget.getByTestId('sort-price').click();
  await expect(page).toHaveURL(/services\.sort=price/);
  await expect(widget.locator('th[aria-sort="ascending"]')).toContainText('Pricing as then published');
  const asc = await ids(widget);
  expect(asc.slice(0, 6)).toEqual(['ada', 'babbage', 'gpt-35-turbo', 'curie', 'davinci', 'dall-e-api']);
  await widget.getByTestId('sort-price').click();
  await expect(widget.locator('th[aria-sort="descending"]')).toContainText('Pricing as then published');
  await expect(page).toHaveURL(/services\.dir=desc/);
  const desc = await ids(widget);
  expect(desc[0]).toBe('dall-e-api');
  expect(desc.slice(6)).toEqual(asc.slice(6));
});

test('keyboard: sort from a header button, filter with the select and checkbox', async ({ page }) => {
  const widget = await open(page);
  await widget.getByTestId('sort-service').focus();
  await page.keyboard.press('Enter');
  await expect(widget.locator('tbody tr').first()).toHaveAttribute('data-service', '6pen');
  const select = widget.getByTestId('services-type');
  await select.focus();
  await select.selectOption('image-app');
  await expect(widget.getByTestId('services-count')).toHaveText('Showing 3 of 14 services.');
  await widget.getByTestId('services-priced').focus();
  await page.keyboard.press('Space');
  await expect(widget.getByTestId('services-count')).toHaveText('No service matches. Clear the filter to see all of them.');
  await expect(page).toHaveURL(/services\.priced=1/);
});

test('a URL preset opens the table sorted and filtered', async ({ page }) => {
  const widget = await open(page, '?services.type=text-api&services.sort=price&services.dir=desc');
  await expect(widget.getByTestId('services-type')).toHaveValue('text-api');
  expect(await ids(widget)).toEqual(['davinci', 'gpt-35-turbo', 'curie', 'babbage', 'ada']);
  await expect(widget.getByTestId('url-problems')).toHaveCount(0);
});

test('bad URL parameters are ignored with a visible note', async ({ page }) => {
  const widget = await open(page, '?services.sort=colour&services.priced=maybe&services.page=3');
  const notes = widget.getByTestId('url-problems');
  await expect(notes).toContainText('services.sort=colour (not a valid value)');
  await expect(notes).toContainText('services.priced=maybe (not a valid value)');
  await expect(notes).toContainText('services.page=3 (unknown setting)');
  await expect(widget.getByTestId('services-count')).toHaveText('Showing 14 of 14 services.');
});

test('prices appear only where sourced; the rest say "not verified here"', async ({ page }) => {
  const widget = await open(page);
  await expect(widget.locator('tr[data-service="davinci"]')).toContainText('$0.02 per 1,000 tokens');
  await expect(widget.locator('tr[data-service="ada"]')).toContainText('$0.0004 per 1,000 tokens');
  await expect(widget.locator('tr[data-service="dall-e-api"]')).toContainText('$0.016 (256×256)');
  for (const id of ['modelscope', 'wenxin-yige', 'ernie', 'tongyi', 'midjourney', 'stable-diffusion', '6pen']) {
    const row = widget.locator(`tr[data-service="${id}"]`);
    await expect(row).toContainText('Not verified here');
    await expect(row).not.toContainText('$');
  }
  await expect(widget).toContainText('Snapshot: January to March 2023');
});

test('the Chinese page shows the table in Chinese', async ({ page }) => {
  await page.goto('/zh/in-practice/?services.type=model-family#services');
  const widget = page.getByTestId('services-table');
  await widget.scrollIntoViewIfNeeded();
  await expect(widget.getByTestId('services-count')).toHaveText('共 14 项服务，当前显示 2 项。');
  await expect(widget.locator('tr[data-service="ernie"]')).toContainText('本站未核实');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the static table lists all 14 services, dated', async ({ page }) => {
    await page.goto(`${url}#services`);
    const fallback = page.getByTestId('services-fallback');
    await expect(fallback).toBeVisible();
    await expect(fallback.locator('tbody tr')).toHaveCount(14);
    await expect(fallback).toContainText('surveyed in early 2023');
  });
});
