// The reward-model widget by mouse (drag and buttons), by keyboard, from a URL preset, with bad input, at
// 375 px and in Chinese.
import { expect, test, type Locator, type Page } from '@playwright/test';

async function open(page: Page, search = '', lang = 'en') {
  await page.goto(`/${lang}/chatgpt/${search}#reward-model`);
  // The island loads when it nears the viewport; the page may still move (hash scroll, fonts) while it
  // hydrates, so scroll to it until the live widget is there.
  const widget = page.getByTestId('reward-model-trainer');
  await expect(async () => {
    await page.locator('[data-widget="reward-model-trainer"]').scrollIntoViewIfNeeded();
    await expect(widget).toBeVisible({ timeout: 3000 });
  }).toPass({ timeout: 30_000 });
  await widget.scrollIntoViewIfNeeded();
  return widget;
}

const order = async (widget: Locator) =>
  (await widget.getByTestId('ranking').locator('li').evaluateAll((items) => items.map((li) => li.getAttribute('data-answer')))).join('');

test('mouse: the ↑ button and dragging reorder the answers, the pairs follow and the model retrains', async ({ page }) => {
  const widget = await open(page);
  expect(await order(widget)).toBe('ABCD');
  await expect(widget.getByTestId('pairs').locator('li')).toHaveCount(6);
  await expect(widget.getByTestId('rm-summary')).toHaveText('Loss 0.172 after 200 steps; the model orders 6 of 6 pairs your way.');
  await widget.getByRole('button', { name: 'Move D up' }).click();
  await widget.getByRole('button', { name: 'Move D up' }).click();
  expect(await order(widget)).toBe('ADBC');
  await expect(page).toHaveURL(/rm\.order=ADBC/);
  await expect(widget.getByTestId('rm-summary')).toHaveText('Loss 0.067 after 200 steps; the model orders 6 of 6 pairs your way.');
  await expect(widget.getByTestId('score-A')).toHaveText('8.71');
  await expect(widget.getByTestId('score-D')).toHaveText('7.26');

  await widget.getByTestId('rank-item-C').dragTo(widget.getByTestId('rank-item-A'));
  expect(await order(widget)).toBe('CADB');
  await expect(page).toHaveURL(/rm\.order=CADB/);
  await expect(widget.getByTestId('pairs')).toContainText('C ≻ A');

  await widget.getByTestId('preset-length').click();
  expect(await order(widget)).toBe('FHCIABDEG');
  await expect(page).toHaveURL(/rm\.k=9&rm\.order=FHCIABDEG/);
  await expect(widget.getByTestId('length-warning')).toBeVisible();
  await widget.getByTestId('preset-listed').click();
  expect(await order(widget)).toBe('ABCDEFGHI');
  await widget.getByTestId('k-select').selectOption('4');
  await widget.getByTestId('rank-item-C').dragTo(widget.getByTestId('rank-item-A'));
  expect(await order(widget)).toBe('CABD');
  await widget.getByTestId('k-select').selectOption('6');
  expect(await order(widget)).toBe('CABDEF');
  await expect(widget.getByTestId('pairs').locator('li')).toHaveCount(15);
  await expect(page).toHaveURL(/rm\.k=6/);
});

test('keyboard: buttons move an answer and keep focus; the steps slider moves by arrow keys', async ({ page }) => {
  const widget = await open(page);
  await widget.getByRole('button', { name: 'Move B down' }).focus();
  await page.keyboard.press('Enter');
  await expect(widget.getByTestId('move-status')).toHaveText('B moved to place 3.');
  await page.keyboard.press('Enter');
  expect(await order(widget)).toBe('ACDB');
  // At the bottom the ↓ button is disabled, so focus went to ↑.
  await expect(widget.getByRole('button', { name: 'Move B up' })).toBeFocused();
  await page.keyboard.press('Enter');
  expect(await order(widget)).toBe('ACBD');

  await widget.getByTestId('steps-slider').focus();
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(/rm\.steps=190/);
  await expect(widget.getByTestId('rm-summary')).toContainText('after 190 steps');
});

test('URL presets: the careful and the length-loving labeller', async ({ page }) => {
  let widget = await open(page, '?rm.k=9&rm.order=AFDIBEHCG');
  await expect(widget.getByTestId('url-problems')).toHaveCount(0);
  await expect(widget.getByTestId('pairs').locator('li')).toHaveCount(36);
  await expect(widget.getByTestId('rm-summary')).toHaveText('Loss 0.124 after 200 steps; the model orders 35 of 36 pairs your way.');
  await expect(widget.getByTestId('pairs').locator('[data-agrees="no"]')).toHaveText(/H ≻ C/);
  await expect(widget.getByTestId('length-warning')).toHaveCount(0);

  widget = await open(page, '?rm.k=9&rm.order=FHCIABDEG');
  await expect(widget.getByTestId('rm-summary')).toHaveText('Loss 0.139 after 200 steps; the model orders 34 of 36 pairs your way.');
  await expect(widget.getByTestId('weights').locator('[data-feature="length"] td').last()).toHaveText('0.99');
  await expect(widget.getByTestId('score-H')).toHaveText('7.28');
  await expect(widget.getByTestId('score-A')).toHaveText('5.36');
  await expect(widget.getByTestId('length-warning')).toBeVisible();

  widget = await open(page, '?rm.order=ADBC&rm.steps=0');
  await expect(widget.getByTestId('rm-summary')).toHaveText('Loss 0.693 after 0 steps; the model orders 0 of 6 pairs your way.');
  await expect(widget.getByTestId('loss-chart')).toHaveAttribute('aria-label', /0\.693 before training/);
});

test('bad URL values are ignored with a note, a bad learning rate keeps the last good one', async ({ page }) => {
  const widget = await open(page, '?rm.k=12&rm.order=AABC&rm.steps=abc&rm.lr=99');
  const notes = widget.getByTestId('url-problems');
  await expect(notes).toContainText('rm.k=12 (out of range)');
  await expect(notes).toContainText('rm.order=AABC (not a valid value)');
  await expect(notes).toContainText('rm.steps=abc (not a valid value)');
  await expect(notes).toContainText('rm.lr=99 (out of range)');
  expect(await order(widget)).toBe('ABCD');
  await expect(widget.getByTestId('rm-summary')).toHaveText('Loss 0.172 after 200 steps; the model orders 6 of 6 pairs your way.');

  const lr = widget.getByTestId('lr-input');
  await lr.fill('1');
  await expect(page).toHaveURL(/rm\.lr=1/);
  const summary = await widget.getByTestId('rm-summary').innerText();
  for (const bad of ['abc', '1e999', '0', '-1', '', '6']) {
    await lr.fill(bad);
    await expect(widget.getByTestId('lr-error')).toBeVisible();
    await expect(widget.getByTestId('rm-summary')).toHaveText(summary);
    await expect(widget).not.toContainText('NaN');
  }
  await lr.fill('0.5');
  await expect(widget.getByTestId('lr-error')).toBeHidden();
});

test('replay animates the loss curve and ends at the same figures', async ({ page }) => {
  const widget = await open(page, '?rm.order=ADBC');
  await widget.getByTestId('replay').click();
  await expect(widget.getByTestId('rm-summary')).toHaveText('Loss 0.067 after 200 steps; the model orders 6 of 6 pairs your way.', { timeout: 20_000 });
});

test('375 px: no horizontal scroll, and the Chinese page speaks Chinese', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  const widget = await open(page, '?rm.k=9', 'zh');
  await expect(widget.getByRole('button', { name: '把 B 上移' })).toBeVisible();
  await expect(widget.getByTestId('rm-summary')).toContainText('36 组比较中');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('reduced motion: no replay animation, the trained state is shown at once', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const widget = await open(page, '?rm.order=ADBC');
  await expect(widget.getByTestId('rm-summary')).toHaveText('Loss 0.067 after 200 steps; the model orders 6 of 6 pairs your way.');
  await expect(widget.getByTestId('replay')).toHaveCount(0);
});
