// The word-vector trainer by mouse, by keyboard, from URL presets, with bad input, at 375 px and in Chinese.
import { expect, test, type Page } from '@playwright/test';

async function open(page: Page, search = '', lang = 'en') {
  await page.goto(`/${lang}/pretraining/${search}#word-vectors`);
  // The live widget loads only when its island nears the viewport.
  await page.locator('[data-widget="word-vectors"]').scrollIntoViewIfNeeded();
  const widget = page.getByTestId('word-vectors');
  await expect(widget).toBeVisible({ timeout: 15_000 });
  return widget;
}

// Each test opens the page more than once and trains a model each time; the machine is shared.
test.describe.configure({ timeout: 90_000 });

const trained = async (widget: import('@playwright/test').Locator) => {
  await expect(widget.getByTestId('w2v-status')).toContainText('epoch 15 of 15 (100%)', { timeout: 20_000 });
  await expect(widget.getByTestId('w2v-time')).toContainText(/Trained in \d+\.\d\d s/);
};

test('trains by itself on load: cat and dog end up close, one-hot says 0', async ({ page }) => {
  const widget = await open(page);
  await trained(widget);
  await expect(widget.getByTestId('w2v-similarity')).toHaveText('0.97');
  await expect(widget.getByTestId('w2v-one-hot')).toHaveText('0.00');
  await expect(widget.getByTestId('w2v-neighbours').locator('li').first()).toContainText('dog');
  await expect(widget.getByTestId('w2v-map').locator('g[data-word]')).toHaveCount(26);
  await expect(widget.getByTestId('w2v-train')).toBeDisabled();
});

test('mouse: reset goes back to random vectors, Train trains again, Pause stops mid-run', async ({ page }) => {
  test.setTimeout(60_000);
  const widget = await open(page);
  await trained(widget);
  await widget.getByTestId('w2v-reset').click();
  await expect(widget.getByTestId('w2v-status')).toContainText('Not trained yet');
  await expect(widget.getByTestId('w2v-similarity')).not.toHaveText('0.97');
  // Slow the CPU so Pause lands before the run ends.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 20 });
  await widget.getByTestId('w2v-train').click();
  await expect(widget.getByTestId('w2v-status')).toContainText(/epoch \d+ of 15/);
  await widget.getByTestId('w2v-pause').click();
  const paused = await widget.getByTestId('w2v-status').innerText();
  expect(paused).not.toContain('100%');
  await page.waitForTimeout(400);
  await expect(widget.getByTestId('w2v-status')).toHaveText(paused);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await widget.getByTestId('w2v-train').click();
  await trained(widget);
  // Pausing and resuming changes nothing: the run is seeded and chunk-independent.
  await expect(widget.getByTestId('w2v-similarity')).toHaveText('0.97');
  await widget.getByTestId('w2v-new-seed').click();
  await expect(page).toHaveURL(/w2v\.seed=2/);
  await trained(widget);
  await expect(widget.getByTestId('w2v-similarity')).toHaveText('0.96');
});

test('keyboard: type a word, use buttons and the epoch menu with keys', async ({ page }) => {
  const widget = await open(page);
  await trained(widget);
  await widget.getByTestId('w2v-word-b').focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('monday');
  await expect(page).toHaveURL(/w2v\.b=monday/);
  await expect(widget.getByTestId('w2v-similarity')).toHaveText('0.23');
  await expect(widget.getByTestId('w2v-one-hot')).toHaveText('0.00');
  await widget.getByTestId('w2v-reset').focus();
  await page.keyboard.press('Enter');
  await expect(widget.getByTestId('w2v-status')).toContainText('Not trained yet');
  await widget.getByTestId('w2v-train').focus();
  await page.keyboard.press('Space');
  await trained(widget);
  await widget.getByTestId('w2v-epochs').focus();
  await page.keyboard.press('ArrowDown');
  await expect(page).toHaveURL(/w2v\.epochs=20/);
  await expect(widget.getByTestId('w2v-status')).toContainText('epoch 20 of 20 (100%)', { timeout: 20_000 });
});

test('URL presets choose the pair and the seed', async ({ page }) => {
  let widget = await open(page, '?w2v.a=monday&w2v.b=tuesday');
  await trained(widget);
  await expect(widget.getByTestId('w2v-similarity')).toHaveText('0.99');
  await expect(widget.getByTestId('w2v-neighbours').locator('li').first()).toContainText('tuesday');
  widget = await open(page, '?w2v.a=cat&w2v.b=monday&w2v.seed=2');
  await trained(widget);
  await expect(widget.getByTestId('w2v-similarity')).toHaveText('0.22');
  await expect(widget.getByTestId('w2v-word-a')).toHaveValue('cat');
  await expect(widget.getByTestId('url-problems')).toHaveCount(0);
});

test('unknown words and bad URL values are refused with a message, keeping the last good state', async ({ page }) => {
  let widget = await open(page, '?w2v.a=zebra&w2v.seed=0&w2v.epochs=abc&w2v.speed=9');
  const notes = widget.getByTestId('url-problems');
  await expect(notes).toContainText('w2v.a=zebra (not a valid value)');
  await expect(notes).toContainText('w2v.seed=0 (out of range)');
  await expect(notes).toContainText('w2v.epochs=abc (not a valid value)');
  await expect(notes).toContainText('w2v.speed=9 (unknown setting)');
  await trained(widget);
  await expect(widget.getByTestId('w2v-word-a')).toHaveValue('cat');
  widget = await open(page);
  await trained(widget);
  const input = widget.getByTestId('w2v-word-b');
  for (const bad of ['zebra', '', '   ', 'owl', '1e999']) {
    await input.fill(bad);
    await expect(widget.getByTestId('w2v-word-b-error')).toBeVisible();
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(widget.getByTestId('w2v-similarity')).toHaveText('0.97');
    await expect(widget).not.toContainText('NaN');
  }
  await input.fill('Cat');
  await expect(widget.getByTestId('w2v-word-b-error')).toBeHidden();
  await expect(widget.getByTestId('w2v-similarity')).toHaveText('1.00');
  await expect(widget.getByTestId('w2v-one-hot')).toHaveText('1.00');
});

test('fits 375 px, and the Chinese page trains on characters', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  const widget = await open(page, '?w2v.a=红&w2v.b=蓝', 'zh');
  await expect(widget.getByTestId('w2v-status')).toContainText('第 15 / 15 轮（100%）', { timeout: 20_000 });
  await expect(widget.getByTestId('w2v-similarity')).toHaveText('0.88');
  await expect(widget.getByTestId('w2v-one-hot')).toHaveText('0.00');
  await expect(widget.getByTestId('w2v-neighbours').locator('li').first()).toContainText('黄');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('with reduced motion the map holds still while training runs, then shows the result', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const widget = await open(page);
  await trained(widget);
  await widget.getByTestId('w2v-reset').click();
  await expect(widget.getByTestId('w2v-status')).toContainText('Not trained yet');
  const positions = () => widget.getByTestId('w2v-map').locator('circle').evaluateAll((cs) => cs.map((c) => `${c.getAttribute('cx')},${c.getAttribute('cy')}`).join(' '));
  const before = await positions();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 20 });
  await widget.getByTestId('w2v-train').click();
  await expect(widget.getByTestId('w2v-status')).toContainText(/epoch ([2-9]|1\d) of 15/, { timeout: 30_000 });
  expect(await positions()).toBe(before);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await trained(widget);
  expect(await positions()).not.toBe(before);
});
