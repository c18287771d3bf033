// BERT's masking widget by mouse, by keyboard, from a URL preset, with bad input, and in Chinese.
import { expect, test, type Page } from '@playwright/test';

async function open(page: Page, search = '', lang = 'en') {
  await page.goto(`/${lang}/pretraining/${search}#bert`);
  // The live widget loads only when its island nears the viewport, which the #section jump may not reach.
  await page.locator('[data-widget="bert-masking"]').scrollIntoViewIfNeeded();
  const widget = page.getByTestId('bert-masking');
  await expect(widget).toBeVisible({ timeout: 15_000 });
  return widget;
}

const chosenChips = (widget: import('@playwright/test').Locator) => widget.locator('[data-testid="masked-tokens"] li:not([data-kind="none"])');

test('mouse: resample draws a new seeded masking, and every chosen chip is labelled and listed as a target', async ({ page }) => {
  const widget = await open(page);
  await expect(widget.getByTestId('masked-tokens').locator('li')).toHaveCount(15);
  await expect(widget.getByTestId('mask-seed')).toHaveText('Seed 1');
  const before = await widget.getByTestId('masked-tokens').innerText();
  await widget.getByRole('button', { name: 'Resample' }).click();
  await expect(widget.getByTestId('mask-seed')).toHaveText('Seed 2');
  await expect(page).toHaveURL(/bert\.seed=2/);
  expect(await widget.getByTestId('masked-tokens').innerText()).not.toBe(before);
  for (let i = 0; i < 4; i++) {
    const n = await chosenChips(widget).count();
    const targets = widget.getByTestId('mask-targets');
    if (n > 0) await expect(targets).toContainText(`must predict ${n} token`);
    else await expect(targets).toContainText('No position was chosen');
    for (const chip of await chosenChips(widget).all()) await expect(chip).toContainText(/masked|random word|kept as is/);
    await widget.getByRole('button', { name: 'Resample' }).click();
  }
});

test('mouse: picking a sentence uses it and puts it in the URL', async ({ page }) => {
  const widget = await open(page);
  await widget.getByLabel('Pick a sentence').selectOption({ index: 1 });
  await expect(widget.getByTestId('sentence-input')).toHaveValue(/A small bird flies/);
  await expect(widget.getByTestId('masked-tokens').locator('li')).toHaveCount(16);
  await expect(page).toHaveURL(/bert\.text=A\+small\+bird/);
});

test('the counter runs many draws in slices, can be stopped, and converges to 15% / 12% / 1.5% / 1.5%', async ({ page }) => {
  test.setTimeout(60_000);
  const widget = await open(page);
  // A whole run takes well under a second on a fast machine; slow the CPU so Stop lands mid-run.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 10 });
  await widget.getByTestId('counter-run').click();
  await expect(widget.getByTestId('counter-progress')).not.toContainText(/^0 of/);
  await widget.getByTestId('counter-stop').click();
  // Under 10× throttling on this long page, the slice in flight and the re-render take several seconds.
  await expect(widget.getByTestId('counter-run')).toBeVisible({ timeout: 20_000 });
  const stopped = await widget.getByTestId('counter-progress').innerText();
  expect(stopped).not.toContain('100,000 of 100,000');
  await page.waitForTimeout(300);
  await expect(widget.getByTestId('counter-progress')).toHaveText(stopped);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await widget.getByTestId('counter-run').click();
  await expect(widget.getByTestId('counter-progress')).toContainText('100,000 of 100,000 draws, 1,500,000 positions', { timeout: 25_000 });
  const share = async (row: string) => Number((await widget.locator(`tr[data-row="${row}"] td`).first().innerText()).replace('%', ''));
  expect(Math.abs((await share('chosen')) - 15)).toBeLessThan(0.6);
  expect(Math.abs((await share('masked')) - 12)).toBeLessThan(0.6);
  expect(Math.abs((await share('random')) - 1.5)).toBeLessThan(0.3);
  expect(Math.abs((await share('kept')) - 1.5)).toBeLessThan(0.3);
  await expect(widget.getByTestId('counter-summary')).toContainText('Over 1,500,000 positions');
  await expect(widget).not.toContainText('NaN');
});

test('next-sentence pairs: a new seeded pair with its label, and a tally near 50%', async ({ page }) => {
  const widget = await open(page);
  const label = widget.getByTestId('nsp-label');
  await expect(label).toContainText(/IsNext|NotNext/);
  const first = await widget.getByTestId('nsp-pair').innerText();
  await widget.getByRole('button', { name: 'New pair' }).click();
  await expect(page).toHaveURL(/bert\.pair=2/);
  expect(await widget.getByTestId('nsp-pair').innerText()).not.toBe(first);
  const tally = await widget.getByTestId('nsp-tally').innerText();
  const share = Number(/([\d.]+)%/.exec(tally)?.[1]);
  expect(Math.abs(share - 50)).toBeLessThan(4);
});

test('keyboard: Enter resamples, arrow keys pick another sentence', async ({ page }) => {
  const widget = await open(page);
  await widget.getByRole('button', { name: 'Resample' }).focus();
  await page.keyboard.press('Enter');
  await expect(widget.getByTestId('mask-seed')).toHaveText('Seed 2');
  await page.keyboard.press('Space');
  await expect(widget.getByTestId('mask-seed')).toHaveText('Seed 3');
  await widget.getByLabel('Pick a sentence').focus();
  await page.keyboard.press('ArrowDown');
  await expect(widget.getByTestId('sentence-input')).toHaveValue(/A small bird flies/);
  await widget.getByTestId('nsp-new-pair').focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/bert\.pair=2/);
});

test('a URL preset opens the widget in that state', async ({ page }) => {
  const widget = await open(page, '?bert.seed=7&bert.pair=3&bert.text=the+dog+eats+meat');
  await expect(widget.getByTestId('sentence-input')).toHaveValue('the dog eats meat');
  await expect(widget.getByTestId('mask-seed')).toHaveText('Seed 7');
  await expect(widget.getByTestId('masked-tokens').locator('li')).toHaveCount(4);
  await expect(widget.getByTestId('url-problems')).toHaveCount(0);
  const first = await widget.getByTestId('masked-tokens').innerText();
  await page.goto('about:blank');
  const again = await open(page, '?bert.seed=7&bert.pair=3&bert.text=the+dog+eats+meat');
  await expect(again.getByTestId('masked-tokens').locator('li')).toHaveCount(4);
  expect(await again.getByTestId('masked-tokens').innerText()).toBe(first);
});

test('bad URL parameters are ignored with a visible note', async ({ page }) => {
  const widget = await open(page, '?bert.seed=abc&bert.pair=-1&bert.zoom=2&bert.text=%21%21%21');
  const notes = widget.getByTestId('url-problems');
  await expect(notes).toContainText('bert.seed=abc (not a valid value)');
  await expect(notes).toContainText('bert.pair=-1 (out of range)');
  await expect(notes).toContainText('bert.zoom=2 (unknown setting)');
  await expect(notes).toContainText('bert.text=!!! (not a valid value)');
  await expect(widget.getByTestId('mask-seed')).toHaveText('Seed 1');
  await expect(widget.getByTestId('sentence-input')).toHaveValue(/The cat sleeps/);
});

test('bad typed sentences show a message and keep the last good sentence', async ({ page }) => {
  const widget = await open(page);
  const input = widget.getByTestId('sentence-input');
  await input.fill('the fish swims');
  await expect(widget.getByTestId('masked-tokens').locator('li')).toHaveCount(3);
  for (const bad of ['', '   ', '?!', Array(45).fill('cat').join(' ')]) {
    await input.fill(bad);
    await expect(widget.getByTestId('sentence-error')).toBeVisible();
    await expect(widget.getByTestId('masked-tokens').locator('li')).toHaveCount(3);
    await expect(widget).not.toContainText('NaN');
  }
  await input.fill('a bird sings');
  await expect(widget.getByTestId('sentence-error')).toBeHidden();
  await expect(widget.getByTestId('masked-tokens').locator('li')).toHaveCount(3);
  await expect(page).toHaveURL(/bert\.text=a\+bird\+sings/);
});

test('the Chinese page masks characters and speaks Chinese', async ({ page }) => {
  const widget = await open(page, '?bert.text=猫爱吃鱼', 'zh');
  await expect(widget.getByTestId('masked-tokens').locator('li')).toHaveCount(4);
  await expect(widget.getByRole('button', { name: '重新抽样' })).toBeVisible();
  await expect(widget).toContainText('下一句预测');
  await expect(widget.getByTestId('nsp-label')).toContainText(/IsNext|NotNext/);
});
