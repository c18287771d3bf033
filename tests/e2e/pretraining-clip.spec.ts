// CLIP's batch widget by mouse, by keyboard, from URL presets, with bad input, at 375 px and in Chinese.
import { expect, test, type Page } from '@playwright/test';

async function open(page: Page, search = '', lang = 'en') {
  await page.goto(`/${lang}/pretraining/${search}#clip`);
  // The live widget loads only when its island nears the viewport.
  await page.locator('[data-widget="clip-batch"]').scrollIntoViewIfNeeded();
  const widget = page.getByTestId('clip-batch');
  await expect(widget).toBeVisible({ timeout: 15_000 });
  return widget;
}

const loss = async (page: Page) => Number(await page.getByTestId('clip-batch').getByTestId('clip-loss').innerText());

test('default: six pairs at τ = 0.07 give a loss of 0.061 and a bright diagonal', async ({ page }) => {
  const widget = await open(page);
  await expect(widget.getByTestId('clip-loss')).toHaveText('0.061');
  await expect(widget.getByTestId('clip-loss-i2t')).toHaveText('0.062');
  await expect(widget.getByTestId('clip-loss-t2i')).toHaveText('0.061');
  await expect(widget.getByTestId('clip-chance')).toContainText('log 6 = 1.792');
  await expect(widget.getByTestId('clip-chance')).toContainText('6 of 6 images');
  await expect(widget.locator('td[data-diagonal]')).toHaveCount(6);
  // cos = 0.8 on the diagonal, divided by τ = 0.07.
  await expect(widget.getByTestId('clip-cell-0-0')).toHaveText('11.4');
  await expect(widget.getByTestId('clip-zs-prediction')).toHaveText('Prediction: a photo of a cat (right)');
});

test('mouse: shuffling captions makes the loss jump, matching them again brings it back', async ({ page }) => {
  const widget = await open(page);
  await widget.getByTestId('clip-shuffle').click();
  await expect(page).toHaveURL(/clip\.shuffle=1/);
  await expect(widget.getByTestId('clip-loss')).toHaveText('10.801');
  await expect(widget.getByTestId('clip-state')).toContainText('captions shuffled');
  await widget.getByTestId('clip-unshuffle').click();
  await expect(widget.getByTestId('clip-loss')).toHaveText('0.061');
  await widget.getByTestId('clip-view-rows').check();
  await expect(page).toHaveURL(/clip\.view=rows/);
  await expect(widget.getByTestId('clip-cell-0-0')).toHaveText('0.99');
  await widget.getByTestId('clip-zs-image').selectOption({ index: 2 });
  await expect(widget.getByTestId('clip-zs-prediction')).toHaveText('Prediction: a photo of a car (right)');
  await expect(page).toHaveURL(/clip\.img=3/);
});

test('keyboard: sliders and buttons respond to keys', async ({ page }) => {
  const widget = await open(page);
  await widget.getByTestId('clip-size-slider').focus();
  await page.keyboard.press('ArrowRight');
  await expect(widget.getByTestId('clip-size')).toHaveText('7');
  await expect(widget.locator('td[data-diagonal]')).toHaveCount(7);
  await page.keyboard.press('End');
  await expect(widget.getByTestId('clip-size')).toHaveText('8');
  await expect(widget.getByTestId('clip-loss')).toHaveText('0.031');
  await widget.getByTestId('clip-temperature-slider').focus();
  const before = await loss(page);
  await page.keyboard.press('End');
  await expect(widget.getByTestId('clip-temperature')).toHaveText('2');
  expect(await loss(page)).toBeGreaterThan(before);
  await widget.getByTestId('clip-shuffle').focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/clip\.shuffle=1/);
});

test('URL presets: high temperature, low agreement, shuffled', async ({ page }) => {
  let widget = await open(page, '?clip.t=1');
  await expect(widget.getByTestId('clip-loss')).toHaveText('1.225');
  widget = await open(page, '?clip.a=0.2');
  await expect(widget.getByTestId('clip-loss')).toHaveText('2.305');
  await expect(widget.getByTestId('clip-loss-i2t')).toHaveText('2.345');
  widget = await open(page, '?clip.shuffle=1&clip.view=cols');
  await expect(widget.getByTestId('clip-loss')).toHaveText('10.801');
  await expect(widget.getByTestId('clip-view-cols')).toBeChecked();
  await expect(widget.getByTestId('url-problems')).toHaveCount(0);
});

test('a typed temperature is used when valid; bad text keeps the last good one', async ({ page }) => {
  const widget = await open(page);
  const input = widget.getByTestId('clip-temperature-input');
  await input.fill('1');
  await expect(widget.getByTestId('clip-loss')).toHaveText('1.225');
  for (const bad of ['abc', '1e999', '0', '-1', '5', '']) {
    await input.fill(bad);
    await expect(widget.getByTestId('clip-temperature-error')).toBeVisible();
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(widget.getByTestId('clip-loss')).toHaveText('1.225');
    await expect(widget).not.toContainText('NaN');
  }
  await input.fill('0.07');
  await expect(widget.getByTestId('clip-temperature-error')).toBeHidden();
  await expect(widget.getByTestId('clip-loss')).toHaveText('0.061');
});

test('bad URL parameters are ignored with a visible note', async ({ page }) => {
  const widget = await open(page, '?clip.t=0&clip.n=20&clip.a=abc&clip.view=pie&clip.zoom=1');
  const notes = widget.getByTestId('url-problems');
  await expect(notes).toContainText('clip.t=0 (out of range)');
  await expect(notes).toContainText('clip.n=20 (out of range)');
  await expect(notes).toContainText('clip.a=abc (not a valid value)');
  await expect(notes).toContainText('clip.view=pie (not a valid value)');
  await expect(notes).toContainText('clip.zoom=1 (unknown setting)');
  await expect(widget.getByTestId('clip-loss')).toHaveText('0.061');
});

test('fits 375 px with eight pairs, and the Chinese page speaks Chinese', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  const widget = await open(page, '?clip.n=8', 'zh');
  await expect(widget.locator('td[data-diagonal]')).toHaveCount(8);
  await expect(widget.getByTestId('clip-shuffle')).toHaveText('打乱描述');
  await expect(widget.getByTestId('clip-zs-prediction')).toContainText('预测：一张猫的照片（正确）');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
