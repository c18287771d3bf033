// The next-token sampler by mouse, by keyboard, from a URL preset, with bad input, and in Chinese.
import { expect, test, type Locator, type Page } from '@playwright/test';

async function open(page: Page, search = '', lang = 'en') {
  await page.goto(`/${lang}/pretraining/${search}#gpt`);
  // The live widget loads only when its island nears the viewport, which the #section jump may not reach.
  await page.locator('[data-widget="next-token"]').scrollIntoViewIfNeeded();
  const widget = page.getByTestId('next-token');
  await expect(widget).toBeVisible({ timeout: 15_000 });
  return widget;
}

const survivors = async (widget: Locator) => Number(/^(\d+) of/.exec(await widget.getByTestId('survivors').innerText())?.[1]);

test('mouse: stepping generates seeded tokens, and top-k cuts and marks the rest', async ({ page }) => {
  const widget = await open(page);
  await expect(widget.getByTestId('used-context')).toContainText('“the cat”');
  await widget.getByRole('button', { name: 'Next token' }).click();
  await expect(widget.getByTestId('generated-part')).not.toBeEmpty();
  await widget.getByRole('button', { name: '+10 tokens' }).click();
  await expect(widget).toContainText('11 of at most 40 tokens generated');
  const text = await widget.getByTestId('generated-text').innerText();
  await widget.getByRole('button', { name: 'Start over' }).click();
  await expect(widget.getByTestId('generated-part')).toHaveCount(0);
  await widget.getByRole('button', { name: 'Next token' }).click();
  await widget.getByRole('button', { name: '+10 tokens' }).click();
  await expect(widget.getByTestId('generated-text')).toHaveText(text);

  await widget.getByTestId('top-k-slider').fill('3');
  await expect(page).toHaveURL(/gpt\.k=3/);
  expect(await survivors(widget)).toBe(3);
  await widget.getByRole('button', { name: 'Start over' }).click();
  const chart = widget.getByTestId('next-token-chart');
  await expect(chart).toHaveAttribute('aria-label', /\(kept\).*\(cut\)/);
  await expect(chart.locator('text').filter({ hasText: '✕' })).toHaveCount(9);
  await expect(chart.locator('.recharts-bar-rectangle')).toHaveCount(12);
});

test('top-k 1 is greedy: a new seed gives the same text', async ({ page }) => {
  const widget = await open(page, '?gpt.k=1');
  await widget.getByRole('button', { name: '+10 tokens' }).click();
  const first = await widget.getByTestId('generated-text').innerText();
  await widget.getByRole('button', { name: 'New seed' }).click();
  await expect(widget.getByTestId('seed')).toHaveText('Seed 2');
  await widget.getByRole('button', { name: '+10 tokens' }).click();
  await expect(widget.getByTestId('generated-text')).toHaveText(first);
});

test('keyboard: sliders move by arrow keys and buttons work with Enter', async ({ page }) => {
  const widget = await open(page);
  await widget.getByTestId('top-p-slider').focus();
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(/gpt\.p=0\.95/);
  expect(await survivors(widget)).toBeLessThan(408);
  await widget.getByTestId('temperature-slider').focus();
  await page.keyboard.press('ArrowRight');
  await expect(widget.getByTestId('temperature-input')).toHaveValue('1.05');
  await widget.getByRole('button', { name: 'Next token' }).focus();
  await page.keyboard.press('Enter');
  await expect(widget).toContainText('1 of at most 40 tokens generated');
});

test('a URL preset opens the sampler in that state and replays the same text', async ({ page }) => {
  const search = '?gpt.t=0.5&gpt.k=5&gpt.p=0.9&gpt.seed=3&gpt.prompt=the+dog';
  const widget = await open(page, search);
  await expect(widget.getByTestId('prompt-input')).toHaveValue('the dog');
  await expect(widget.getByTestId('temperature-input')).toHaveValue('0.5');
  await expect(widget.getByTestId('seed')).toHaveText('Seed 3');
  expect(await survivors(widget)).toBeLessThanOrEqual(5);
  await expect(widget.getByTestId('url-problems')).toHaveCount(0);
  await widget.getByRole('button', { name: '+10 tokens' }).click();
  await expect(widget).toContainText('10 of at most 40 tokens generated');
  const text = await widget.getByTestId('generated-text').innerText();
  await page.goto('about:blank');
  const again = await open(page, search);
  await again.getByRole('button', { name: '+10 tokens' }).click();
  await expect(again).toContainText('10 of at most 40 tokens generated');
  expect(await again.getByTestId('generated-text').innerText()).toBe(text);
});

test('bad URL parameters are ignored with a visible note', async ({ page }) => {
  const long = 'x'.repeat(80);
  const widget = await open(page, `?gpt.t=0&gpt.k=abc&gpt.p=2&gpt.seed=1.5&gpt.prompt=${long}`);
  const notes = widget.getByTestId('url-problems');
  await expect(notes).toContainText('gpt.t=0 (out of range)');
  await expect(notes).toContainText('gpt.k=abc (not a valid value)');
  await expect(notes).toContainText('gpt.p=2 (out of range)');
  await expect(notes).toContainText('gpt.seed=1.5 (not a valid value)');
  await expect(notes).toContainText(`gpt.prompt=${long} (not a valid value)`);
  await expect(widget.getByTestId('prompt-input')).toHaveValue('the cat');
  await expect(widget.getByTestId('temperature-input')).toHaveValue('1');
});

test('bad typed temperature or prompt shows a message and keeps the last good state', async ({ page }) => {
  const widget = await open(page);
  const t = widget.getByTestId('temperature-input');
  await t.fill('0.5');
  await expect(page).toHaveURL(/gpt\.t=0\.5/);
  const label = await widget.getByTestId('next-token-chart').getAttribute('aria-label');
  for (const bad of ['abc', '1e999', '0', '-1', '', '9']) {
    await t.fill(bad);
    await expect(widget.getByTestId('temperature-error')).toBeVisible();
    await expect(widget.getByTestId('next-token-chart')).toHaveAttribute('aria-label', label ?? '');
    await expect(widget).not.toContainText('NaN');
    await expect(widget).not.toContainText('Infinity');
  }
  await t.fill('2');
  await expect(widget.getByTestId('temperature-error')).toBeHidden();

  const prompt = widget.getByTestId('prompt-input');
  await prompt.fill('a happy dog');
  await expect(widget.getByTestId('generated-text')).toHaveText('a happy dog');
  for (const bad of ['', '...', 'y'.repeat(70)]) {
    await prompt.fill(bad);
    await expect(widget.getByTestId('prompt-error')).toBeVisible();
    await expect(widget.getByTestId('generated-text')).toHaveText('a happy dog');
  }
});

test('the Chinese page samples characters and speaks Chinese', async ({ page }) => {
  const widget = await open(page, '?gpt.k=4', 'zh');
  await expect(widget.getByTestId('prompt-input')).toHaveValue('猫喜欢');
  await expect(widget.getByRole('button', { name: '生成下一个' })).toBeVisible();
  await expect(widget.getByTestId('survivors')).toContainText('有 4 个留了下来');
  await widget.getByRole('button', { name: '再生成 10 个' }).click();
  await expect(widget).toContainText('已生成 10 个字');
});
