// The token-cost calculator by mouse, keyboard and URL; with empty, huge (1 MB), odd and bad input; and
// its count checked against the tokenizer package itself.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { countTokens } from 'gpt-tokenizer/encoding/r50k_base';
import { repeatToLength } from '../../lib/pricing/cost';

const url = '/en/in-practice/';
const samples = JSON.parse(readFileSync(path.join(process.cwd(), 'content/data/in-practice/cost-samples.json'), 'utf8')) as Record<'en' | 'zh' | 'emoji' | 'mixed' | 'code', string>;
const count = (text: string) => countTokens(text, { disallowedSpecial: new Set() });

async function open(page: Page, search = '') {
  await page.goto(`${url}${search}#cost`);
  const widget = page.getByTestId('token-cost');
  await widget.scrollIntoViewIfNeeded({ timeout: 15_000 });
  await expect(widget).toBeVisible();
  return widget;
}

const tokensShown = (widget: import('@playwright/test').Locator) => widget.getByTestId('cost-summary');

test('the default sample is counted exactly as the tokenizer package counts it, and priced', async ({ page }) => {
  const widget = await open(page);
  const expected = count(samples.en);
  await expect(tokensShown(widget)).toHaveAttribute('data-tokens', String(expected));
  await expect(tokensShown(widget)).toContainText(`make ${expected} tokens`);
  const davinci = widget.locator('tr[data-model="davinci"]');
  // 55 tokens at $0.02 per 1,000 tokens.
  await expect(davinci.getByTestId('cost-one')).toHaveText('$0.0011');
  await expect(davinci.getByTestId('cost-thousand')).toHaveText('$1.10');
  await expect(widget.locator('tr[data-model="gpt-3.5-turbo"]')).toContainText('estimate');
  await expect(widget).not.toContainText('NaN');
});

test('mouse: samples, emoji and mixed scripts match the package count; the price list switches', async ({ page }) => {
  const widget = await open(page);
  for (const sample of ['zh', 'emoji', 'mixed', 'code'] as const) {
    await widget.getByTestId('cost-sample').selectOption(sample);
    await expect(tokensShown(widget)).toHaveAttribute('data-tokens', String(count(samples[sample])));
  }
  await expect(page).toHaveURL(/cost\.sample=code/);
  await widget.getByRole('radio', { name: 'Mid-2022, before the price cut' }).check();
  await expect(page).toHaveURL(/cost\.prices=mid-2022/);
  await expect(widget.locator('tr[data-model="gpt-3.5-turbo"]')).toHaveCount(0);
  await expect(widget.locator('tr[data-model="davinci"]')).toContainText('$0.06 per 1K tokens');
});

test('keyboard: type text and a reply length; bad lengths show a message and keep the last good one', async ({ page }) => {
  const widget = await open(page);
  const box = widget.getByTestId('cost-text');
  await box.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Hello world');
  await expect(tokensShown(widget)).toHaveAttribute('data-tokens', '2');
  await expect(page).toHaveURL(/cost\.sample=own/);
  const reply = widget.getByTestId('cost-reply');
  await reply.fill('998');
  // 2 + 998 = 1,000 tokens: exactly the price per 1K.
  await expect(widget.locator('tr[data-model="davinci"]').getByTestId('cost-one')).toHaveText('$0.02');
  await expect(page).toHaveURL(/cost\.reply=998/);
  for (const bad of ['abc', '1e999', '-5', '2.5', '', '10001']) {
    await reply.fill(bad);
    await expect(widget.getByTestId('cost-reply-error')).toBeVisible();
    await expect(widget.locator('tr[data-model="davinci"]').getByTestId('cost-one')).toHaveText('$0.02');
    await expect(widget).not.toContainText('NaN');
  }
  await reply.fill('0');
  await expect(widget.getByTestId('cost-reply-error')).toBeHidden();
});

test('empty text costs nothing and says so', async ({ page }) => {
  const widget = await open(page, '?cost.sample=own');
  await expect(tokensShown(widget)).toHaveAttribute('data-tokens', '0');
  await expect(tokensShown(widget)).toContainText('The box is empty');
  await expect(widget.locator('tr[data-model="davinci"]').getByTestId('cost-one')).toHaveText('$0');
});

test('a URL preset opens the calculator in that state', async ({ page }) => {
  const widget = await open(page, '?cost.sample=zh&cost.reply=100&cost.prices=mid-2022');
  await expect(widget.getByTestId('cost-sample')).toHaveValue('zh');
  await expect(widget.getByTestId('cost-reply')).toHaveValue('100');
  await expect(widget.getByRole('radio', { name: 'Mid-2022, before the price cut' })).toBeChecked();
  const tokens = count(samples.zh);
  await expect(tokensShown(widget)).toHaveAttribute('data-tokens', String(tokens));
  await expect(widget.getByTestId('cost-table')).toContainText(`Cost of ${tokens} prompt tokens plus 100 reply tokens`);
  await expect(widget.getByTestId('url-problems')).toHaveCount(0);
});

test('bad URL parameters are ignored with a visible note', async ({ page }) => {
  const widget = await open(page, '?cost.sample=klingon&cost.reply=-3&cost.reply=1.5&cost.prices=2030&cost.x=1');
  const notes = widget.getByTestId('url-problems');
  await expect(notes).toContainText('cost.sample=klingon (not a valid value)');
  await expect(notes).toContainText('cost.reply=-3 (out of range)');
  await expect(notes).toContainText('cost.reply=1.5 (not a valid value)');
  await expect(notes).toContainText('cost.prices=2030 (not a valid value)');
  await expect(notes).toContainText('cost.x=1 (unknown setting)');
  await expect(tokensShown(widget)).toHaveAttribute('data-tokens', String(count(samples.en)));
});

test('1 MB of text is counted in the background without freezing the page', async ({ page }) => {
  test.setTimeout(90_000);
  const huge = repeatToLength(samples.en, 1_000_000);
  const widget = await open(page);
  await expect(tokensShown(widget)).toHaveAttribute('data-tokens', String(count(samples.en)), { timeout: 15_000 });
  await widget.getByTestId('cost-sample').selectOption('huge');
  await expect(page).toHaveURL(/cost\.sample=huge/);
  // Laying out a megabyte in the text box is the browser's one-off work; once it is painted, the count runs
  // in a worker while the main thread keeps running: timers fire on time.
  const longestGap = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            let last = performance.now();
            let worst = 0;
            const id = setInterval(() => {
              const now = performance.now();
              worst = Math.max(worst, now - last);
              last = now;
            }, 20);
            setTimeout(() => {
              clearInterval(id);
              resolve(worst);
            }, 1500);
          }),
        );
      }),
  );
  expect(longestGap).toBeLessThan(1000);
  await expect(tokensShown(widget)).toHaveAttribute('data-tokens', String(count(huge)), { timeout: 60_000 });
  await expect(widget.getByTestId('cost-approx')).toHaveCount(0);
  // The preset link opens the same megabyte directly.
  await page.goto(`${url}?cost.sample=huge#cost`);
  await expect(page.getByTestId('cost-summary')).toHaveAttribute('data-tokens', String(count(huge)), { timeout: 60_000 });
});

test('while a new count runs the last result stays; too long and unbroken texts say why', async ({ page }) => {
  test.setTimeout(90_000);
  const widget = await open(page);
  await expect(tokensShown(widget)).toHaveAttribute('data-tokens', String(count(samples.en)));
  // Over the limit: a message, and the previous result is kept.
  await widget.getByTestId('cost-text').evaluate((el: HTMLTextAreaElement) => {
    const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
    setter?.call(el, 'word '.repeat(420_000));
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await expect(widget.getByTestId('cost-too-long')).toContainText('2,100,000 characters');
  await expect(tokensShown(widget)).toHaveAttribute('data-tokens', String(count(samples.en)));
  // A 3,000-character run with no space is counted in pieces and flagged as approximate.
  await widget.getByTestId('cost-text').fill('😀'.repeat(3000));
  await expect(widget.getByTestId('cost-too-long')).toHaveCount(0);
  await expect(widget.getByTestId('cost-approx')).toContainText('counted in pieces', { timeout: 30_000 });
});

test('the Chinese page shows the calculator in Chinese', async ({ page }) => {
  await page.goto('/zh/in-practice/?cost.sample=zh#cost');
  const widget = page.getByTestId('token-cost');
  await widget.scrollIntoViewIfNeeded();
  await expect(widget.getByText('这要花多少钱？（按2023年初的价格）')).toBeVisible();
  await expect(tokensShown(widget)).toContainText(`共 ${count(samples.zh)} 个词元`);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the static table shows the sample counted at build time', async ({ page }) => {
    await page.goto(`${url}#cost`);
    const fallback = page.getByTestId('cost-fallback');
    await expect(fallback).toBeVisible();
    await expect(fallback).toContainText(`make ${count(samples.en)} tokens`);
    await expect(fallback.locator('tr[data-model="davinci"]')).toContainText('$1.10');
  });
});

test('quiz: answer a question with the keyboard', async ({ page }) => {
  await page.goto(`${url}#quiz`);
  const question = page.locator('[data-question="billing"]');
  const wrong = question.getByRole('radio', { name: /Only the tokens in the prompt/ });
  await wrong.focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('quiz-status-billing')).toHaveText('Not quite. The explanations are under each option.');
});
