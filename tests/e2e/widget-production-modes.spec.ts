// The PGC / UGC / AIGC widget by mouse, by keyboard, from a URL preset, and with bad input.
import { expect, test } from '@playwright/test';

const url = '/en/what-is-aigc/';

async function open(page: import('@playwright/test').Page, search = '') {
  await page.goto(`${url}${search}#aigc-mode`);
  await page.locator('[data-widget="production-modes"]').scrollIntoViewIfNeeded();
  const widget = page.getByTestId('production-modes');
  await expect(widget).toBeVisible();
  return widget;
}

test('mouse: choosing a dimension redraws, explains and goes into the URL', async ({ page }) => {
  const widget = await open(page);
  await widget.getByRole('radio', { name: 'Speed' }).click();
  await expect(widget.getByTestId('dimension-why')).toContainText('Speed.');
  await expect(widget.getByRole('img')).toHaveAttribute('aria-label', /Speed: PGC \(professionals\) 1\/5, UGC \(users\) 3\/5, AIGC \(models \+ people\) 5\/5/);
  await expect(page).toHaveURL(/modes\.dim=speed/);
  await expect(widget.locator('.recharts-bar-rectangle')).toHaveCount(3);
});

test('keyboard: arrow keys move between dimensions and change the keep rate', async ({ page }) => {
  const widget = await open(page);
  await widget.getByRole('radio', { name: 'Cost per piece' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(widget.getByRole('radio', { name: 'Volume' })).toBeChecked();
  await expect(widget.getByTestId('dimension-why')).toContainText('Volume.');
  const slider = widget.getByTestId('keep-slider');
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveValue('26');
  await expect(widget.getByTestId('keep-input')).toHaveValue('26');
  await expect(page).toHaveURL(/modes\.keep=26/);
  await page.keyboard.press('Home');
  await expect(widget.getByTestId('keep-result')).toContainText('100 units');
  await expect(widget.getByTestId('keep-result')).toContainText('reviewing 1000 drafts');
});

test('typing a share computes in lib; bad input shows a message and keeps the last good state', async ({ page }) => {
  const widget = await open(page);
  const input = widget.getByTestId('keep-input');
  await input.fill('50');
  await expect(widget.getByTestId('keep-result')).toContainText('costs about 2 units');
  await expect(widget.getByTestId('keep-result')).toContainText('reviewing 20 drafts');
  for (const bad of ['abc', '1e999', '0', '']) {
    await input.fill(bad);
    await expect(widget.getByTestId('keep-error')).toBeVisible();
    await expect(widget.getByTestId('keep-result')).toContainText('costs about 2 units');
    await expect(widget).not.toContainText('NaN');
  }
  await input.fill('20');
  await expect(widget.getByTestId('keep-error')).toBeHidden();
  await expect(widget.getByTestId('keep-result')).toContainText('costs about 5 units');
});

test('a URL preset opens the widget in that state', async ({ page }) => {
  const widget = await open(page, '?modes.dim=qualitySpread&modes.keep=10');
  await expect(widget.getByRole('radio', { name: 'Spread of quality' })).toBeChecked();
  await expect(widget.getByTestId('keep-slider')).toHaveValue('10');
  await expect(widget.getByTestId('keep-result')).toContainText('costs about 10 units');
  await expect(widget.getByTestId('url-problems')).toHaveCount(0);
});

test('bad URL parameters are ignored with a visible note', async ({ page }) => {
  const widget = await open(page, '?modes.keep=999&modes.dim=colour&modes.zoom=2');
  const notes = widget.getByTestId('url-problems');
  await expect(notes).toContainText('modes.keep=999 (out of range)');
  await expect(notes).toContainText('modes.dim=colour (not a valid value)');
  await expect(notes).toContainText('modes.zoom=2 (unknown setting)');
  await expect(widget.getByRole('radio', { name: 'Cost per piece' })).toBeChecked();
  await expect(widget.getByTestId('keep-slider')).toHaveValue('25');
});

test('copy link to this setting', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const widget = await open(page);
  await widget.getByRole('radio', { name: 'Speed' }).click();
  await widget.getByRole('button', { name: 'Copy link to this setting' }).click();
  await expect(widget.getByRole('button', { name: 'Link copied' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/\/en\/what-is-aigc\/\?modes\.dim=speed#aigc-mode$/);
});

test('the Chinese page has the same widget in Chinese', async ({ page }) => {
  await page.goto('/zh/what-is-aigc/?modes.dim=speed#aigc-mode');
  await page.locator('[data-widget="production-modes"]').scrollIntoViewIfNeeded();
  const widget = page.getByTestId('production-modes');
  await expect(widget.getByRole('radio', { name: '速度' })).toBeChecked();
  await expect(widget).toContainText('定性示意');
});
