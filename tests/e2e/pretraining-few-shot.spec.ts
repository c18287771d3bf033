// The zero/one/few-shot prompt builder by mouse, by keyboard, from a URL preset, with bad input, and in
// Chinese; the count it shows is GPT-3's own BPE count of the prompt it shows.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { countTokens } from 'gpt-tokenizer/encoding/r50k_base';

async function open(page: Page, search = '', lang = 'en') {
  await page.goto(`/${lang}/pretraining/${search}#in-context-learning`);
  // The live widget loads only when its island nears the viewport, which the #section jump may not reach.
  await page.locator('[data-widget="few-shot"]').scrollIntoViewIfNeeded();
  const widget = page.getByTestId('few-shot');
  await expect(widget).toBeVisible({ timeout: 15_000 });
  return widget;
}

async function promptText(widget: Locator): Promise<string> {
  const lines = await widget.getByTestId('prompt-lines').locator('li > span:first-child').allInnerTexts();
  return lines.join('\n');
}

const shownCount = async (widget: Locator) => Number(/is ([\d,]+) tokens/.exec(await widget.getByTestId('token-count').innerText())?.[1]?.replace(',', ''));

test('mouse: the number of demonstrations follows the mode and K, and the count is the tokenizer’s own', async ({ page }) => {
  const widget = await open(page);
  const lines = widget.getByTestId('prompt-lines').locator('li');
  await expect(lines).toHaveCount(5);
  expect(await shownCount(widget)).toBe(countTokens(await promptText(widget)));
  await widget.getByRole('radio', { name: 'Zero-shot (none)' }).click();
  await expect(lines).toHaveCount(2);
  await expect(page).toHaveURL(/icl\.shots=zero/);
  expect(await shownCount(widget)).toBe(countTokens(await promptText(widget)));
  await widget.getByRole('radio', { name: 'Few-shot (K)' }).click();
  await widget.getByTestId('k-slider').fill('20');
  await expect(lines).toHaveCount(22);
  expect(await shownCount(widget)).toBe(countTokens(await promptText(widget)));
  await widget.getByTestId('desc-toggle').uncheck();
  await expect(lines).toHaveCount(21);
  await expect(page).toHaveURL(/icl\.desc=0/);
  await widget.getByRole('radio', { name: 'Opposites' }).click();
  await expect(lines.first()).toContainText('hot => cold');
  await expect(lines.last()).toContainText('cheap =>');
  await expect(widget.getByTestId('window-fit')).toContainText(/about [\d,]+ demonstrations fit/);
  await expect(widget.getByTestId('no-weights')).toContainText('No weights change');
});

test('Chinese words cost several byte tokens each; the English answer is one', async ({ page }) => {
  const widget = await open(page);
  const pieces = widget.getByTestId('token-pieces');
  await expect(pieces).toContainText('“奶酪” is 5 tokens');
  await expect(pieces).toContainText('“cheese” is 1 token');
});

test('keyboard: arrow keys choose the mode and typing K works', async ({ page }) => {
  const widget = await open(page);
  await widget.getByRole('radio', { name: 'Few-shot (K)' }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(widget.getByRole('radio', { name: 'One-shot (1)' })).toBeChecked();
  await expect(widget.getByTestId('prompt-lines').locator('li')).toHaveCount(3);
  await page.keyboard.press('ArrowRight');
  await widget.getByTestId('k-slider').focus();
  await page.keyboard.press('ArrowRight');
  await expect(widget.getByTestId('k-input')).toHaveValue('4');
  await expect(widget.getByTestId('prompt-lines').locator('li')).toHaveCount(6);
  await widget.getByTestId('desc-toggle').focus();
  await page.keyboard.press('Space');
  await expect(widget.getByTestId('desc-toggle')).not.toBeChecked();
});

test('a URL preset opens the builder in that state', async ({ page }) => {
  const widget = await open(page, '?icl.shots=one&icl.task=opposite&icl.desc=0');
  await expect(widget.getByRole('radio', { name: 'One-shot (1)' })).toBeChecked();
  await expect(widget.getByRole('radio', { name: 'Opposites' })).toBeChecked();
  await expect(widget.getByTestId('prompt-lines').locator('li')).toHaveCount(2);
  expect(await promptText(widget)).toBe('hot => cold\ncheap =>');
  await expect(widget.getByTestId('url-problems')).toHaveCount(0);
});

test('bad URL parameters are ignored with a visible note', async ({ page }) => {
  const widget = await open(page, '?icl.shots=many&icl.k=99&icl.task=poetry&icl.desc=maybe&icl.zoom=1');
  const notes = widget.getByTestId('url-problems');
  await expect(notes).toContainText('icl.shots=many (not a valid value)');
  await expect(notes).toContainText('icl.k=99 (out of range)');
  await expect(notes).toContainText('icl.task=poetry (not a valid value)');
  await expect(notes).toContainText('icl.desc=maybe (not a valid value)');
  await expect(notes).toContainText('icl.zoom=1 (unknown setting)');
  await expect(widget.getByTestId('prompt-lines').locator('li')).toHaveCount(5);
});

test('bad typed K shows a message and keeps the last good K', async ({ page }) => {
  const widget = await open(page);
  const input = widget.getByTestId('k-input');
  await input.fill('8');
  await expect(widget.getByTestId('prompt-lines').locator('li')).toHaveCount(10);
  for (const bad of ['abc', '1e999', '1', '21', '2.5', '']) {
    await input.fill(bad);
    await expect(widget.getByTestId('k-error')).toBeVisible();
    await expect(widget.getByTestId('prompt-lines').locator('li')).toHaveCount(10);
    await expect(widget).not.toContainText('NaN');
  }
  await input.fill('2');
  await expect(widget.getByTestId('k-error')).toBeHidden();
  await expect(widget.getByTestId('prompt-lines').locator('li')).toHaveCount(4);
});

test('the Chinese page builds the prompt with a Chinese task line', async ({ page }) => {
  const widget = await open(page, '', 'zh');
  await expect(widget.getByTestId('prompt-lines').locator('li').first()).toContainText('把中文词翻译成英文：');
  await expect(widget.getByRole('radio', { name: '零样本（不给示例）' })).toBeVisible();
  await expect(widget.getByTestId('no-weights')).toContainText('权重一点也没有变');
  const count = Number(/共 (\d+) 个词元/.exec(await widget.getByTestId('token-count').innerText())?.[1]);
  expect(count).toBe(countTokens(await promptText(widget)));
});
