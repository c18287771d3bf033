// The GAN loss explorer by mouse, by keyboard, from URL presets, with bad input, at 375 px, in Chinese and without JavaScript.
import { expect, test, type Page } from '@playwright/test';
import { open as openPage } from './helpers';

async function open(page: Page, search = '', lang = 'en') {
  await openPage(page, `/${lang}/gan/${search}#loss`);
  const island = page.locator('[data-widget="gan-loss-explorer"]');
  await island.scrollIntoViewIfNeeded();
  await expect(island).toHaveAttribute('data-state', 'live', { timeout: 20_000 });
  const widget = page.getByTestId('gan-loss-explorer');
  await expect(widget).toBeVisible();
  return widget;
}

test('defaults: D = 0.1 on the curves, the generator N(2, 0.5²) far from the data, V above −log 4', async ({ page }) => {
  const widget = await open(page);
  await expect(widget.getByTestId('loss-summary')).toContainText('At D = 0.10');
  await expect(widget.getByTestId('per-logit-log1mD')).toHaveText('−0.100');
  await expect(widget.getByTestId('per-logit-negLogD')).toHaveText('−0.900');
  await expect(widget.getByTestId('loss-summary')).toContainText('9.0 times stronger with the non-saturating loss');
  const v = Number((await widget.getByTestId('loss-v').innerText()).replace('−', '-'));
  expect(v).toBeGreaterThan(-Math.log(4) + 0.1);
  expect(v).toBeLessThanOrEqual(0);
  await expect(widget.getByTestId('loss-curves-chart').locator('path.recharts-curve').first()).toBeVisible();
  await expect(widget.getByTestId('optimal-d-chart').locator('path.recharts-curve').first()).toBeVisible();
  await expect(widget).not.toContainText('NaN');
});

test('mouse: clicking the left end of the D slider shows the saturated minimax slope and writes the URL', async ({ page }) => {
  const widget = await open(page);
  const slider = widget.getByTestId('loss-d-slider');
  const box = await slider.boundingBox();
  if (!box) throw new Error('no slider box');
  await page.mouse.click(box.x + 1, box.y + box.height / 2);
  await expect(widget.getByTestId('loss-summary')).toContainText('At D = 0.01');
  await expect(widget.getByTestId('per-logit-log1mD')).toHaveText('−0.010');
  await expect(widget.getByTestId('per-logit-negLogD')).toHaveText('−0.990');
  await expect(page).toHaveURL(/loss\.d=0\.01/);
});

test('keyboard: arrow keys and Home/End move D; arrow keys move the generator onto the data', async ({ page }) => {
  const widget = await open(page);
  const d = widget.getByTestId('loss-d-slider');
  await d.focus();
  await page.keyboard.press('ArrowRight');
  await expect(widget.getByTestId('loss-summary')).toContainText('At D = 0.11');
  await page.keyboard.press('End');
  await expect(widget.getByTestId('loss-summary')).toContainText('At D = 0.99');
  await expect(widget.getByTestId('loss-summary')).toContainText('times stronger with the minimax loss');
  await page.keyboard.press('Home');
  await expect(widget.getByTestId('loss-summary')).toContainText('At D = 0.01');

  const before = Number((await widget.getByTestId('loss-v').innerText()).replace('−', '-'));
  await widget.getByTestId('loss-mu-slider').focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(/loss\.mu=1\.5/);
  const after = Number((await widget.getByTestId('loss-v').innerText()).replace('−', '-'));
  expect(after).toBeLessThan(before);
});

test('URL presets: D = 0.01, and the generator on top of the data reaching −log 4', async ({ page }) => {
  let widget = await open(page, '?loss.d=0.01');
  await expect(widget.getByTestId('per-logit-negLogD')).toHaveText('−0.990');
  await expect(widget.getByTestId('loss-summary')).toContainText('99.0 times stronger');
  await expect(widget.getByTestId('url-problems')).toHaveCount(0);

  widget = await open(page, '?loss.mu=0&loss.sigma=1');
  await expect(widget.getByTestId('loss-v')).toHaveText('−1.386');
  await expect(widget.getByTestId('loss-gap')).toHaveText('0.000');
  await expect(widget.getByTestId('loss-gauss-summary')).toContainText('D* = 1/2 everywhere and V = −log 4');
});

test('bad URL parameters are reported and the defaults kept', async ({ page }) => {
  const widget = await open(page, '?loss.d=abc&loss.mu=9&loss.sigma=1e999&loss.zoom=2');
  const notes = widget.getByTestId('url-problems');
  await expect(notes).toContainText('loss.d=abc (not a valid value)');
  await expect(notes).toContainText('loss.mu=9 (out of range)');
  await expect(notes).toContainText('loss.sigma=1e999 (not a valid value)');
  await expect(notes).toContainText('loss.zoom=2 (unknown setting)');
  await expect(widget.getByTestId('loss-summary')).toContainText('At D = 0.10');
  await expect(widget).not.toContainText('NaN');
});

test('bad typed values show a message and keep the last good value', async ({ page }) => {
  const widget = await open(page);
  const input = widget.getByTestId('loss-d-input');
  await input.fill('0.3');
  await expect(widget.getByTestId('loss-summary')).toContainText('At D = 0.30');
  for (const bad of ['abc', '1e999', '0', '1.5', '', '-']) {
    await input.fill(bad);
    await expect(widget.getByTestId('loss-d-error')).toBeVisible();
    await expect(widget.getByTestId('loss-summary')).toContainText('At D = 0.30');
    await expect(widget).not.toContainText('NaN');
  }
  await input.fill('0.5');
  await expect(widget.getByTestId('loss-d-error')).toBeHidden();
  await expect(widget.getByTestId('loss-summary')).toContainText('the same size');

  const sigma = widget.getByTestId('loss-sigma-input');
  await sigma.fill('1');
  await widget.getByTestId('loss-mu-input').fill('0');
  await expect(widget.getByTestId('loss-v')).toHaveText('−1.386');
  await sigma.fill('0');
  await expect(widget.getByTestId('loss-sigma-error')).toBeVisible();
  await expect(widget.getByTestId('loss-v')).toHaveText('−1.386');
});

test('fits a 375 px screen without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  const widget = await open(page, '?loss.d=0.01');
  await expect(widget.getByTestId('loss-curves-chart')).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const box = await widget.boundingBox();
  expect(box?.width ?? 999).toBeLessThanOrEqual(375);
});

test('the Chinese page speaks Chinese', async ({ page }) => {
  const widget = await open(page, '?loss.mu=0&loss.sigma=1', 'zh');
  await expect(widget).toContainText('凑近看 GAN 的损失');
  await expect(widget.getByTestId('loss-gauss-summary')).toContainText('处处 D* = 1/2');
  await expect(widget.getByTestId('loss-summary')).toContainText('非饱和损失强 9.0 倍');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the static tables give the slopes and the value at the match', async ({ page }) => {
    await page.goto('/en/gan/#loss');
    const fallback = page.locator('[data-widget="gan-loss-explorer"] .widget-fallback');
    await expect(fallback).toBeVisible();
    await expect(fallback).toContainText('−0.990');
    await expect(fallback).toContainText('−1.386');
  });
});
