// The GAN-INT-CLS stepper by mouse, by keyboard, from a URL preset, with bad input, at 375 px and in Chinese.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

async function open(page: Page, search = '', lang = 'en') {
  await page.goto(`/${lang}/text-to-image/${search}#text-conditioned-gan`);
  await page.locator('html[data-hydrated]').waitFor({ state: 'attached', timeout: 20_000 });
  // The island loads its live widget only when it nears the viewport.
  await page.locator('[data-widget="gan-cls-stepper"]').scrollIntoViewIfNeeded();
  const widget = page.getByTestId('gan-cls-stepper');
  await widget.scrollIntoViewIfNeeded();
  await expect(widget).toBeVisible();
  return widget;
}

test('mouse: the steps build up G’s input, D’s three scores and the losses', async ({ page }) => {
  const widget = await open(page);
  await expect(widget.getByTestId('step-title')).toHaveText('Step 1 of 6: Text embedding');
  await expect(widget.getByTestId('embedding')).toHaveText('[0.90, 0.70, -0.20, 0.10]');
  await widget.getByTestId('next').click();
  await expect(widget.getByTestId('code')).toHaveText('[1.11, 0.93]');
  await widget.getByTestId('step-3').click();
  await expect(page).toHaveURL(/cls\.step=3/);
  await expect(widget.getByTestId('score-rr')).toHaveText('0.920');
  await expect(widget.getByTestId('score-rw')).toHaveText('0.007');
  await expect(widget.getByTestId('score-fr')).toHaveText('0.663');
  await expect(widget.getByTestId('plot-real')).toBeVisible();
  await widget.getByTestId('next').click();
  await expect(widget.getByTestId('loss-d')).toContainText('-0.631');
  await expect(widget.getByTestId('loss-g')).toContainText('-0.411');
  await expect(widget.getByTestId('losses')).toContainText('↑ up');
  await expect(widget.getByTestId('losses')).toContainText('↓ down');
  await widget.getByTestId('new-seed').click();
  await expect(widget.getByTestId('loss-g')).toContainText('-0.549');
});

test('GAN-INT: without INT the mixed text is rejected, with INT it is not', async ({ page }) => {
  const widget = await open(page, '?cls.step=5');
  await expect(widget.getByTestId('int-score')).toHaveText('D(G(z, h), h) = 0.024');
  await widget.getByTestId('beta-slider').fill('1');
  await expect(widget.getByTestId('int-score')).toHaveText('D(G(z, h), h) = 0.663');
  await widget.getByTestId('beta-slider').fill('0.75');
  await expect(widget.getByTestId('int-score')).toHaveText('D(G(z, h), h) = 0.299');
  await widget.getByTestId('int-toggle').check();
  await expect(page).toHaveURL(/cls\.int=1/);
  await expect(widget.getByTestId('int-score')).toHaveText('D(G(z, h), h) = 0.663');
  await expect(widget.getByTestId('plot-mixed')).toBeVisible();
});

test('keyboard: arrows, Home and End move between steps; β moves with the arrow keys', async ({ page }) => {
  const widget = await open(page);
  await widget.getByTestId('step-0').focus();
  await page.keyboard.press('ArrowRight');
  await expect(widget.getByTestId('step-title')).toContainText('Compress the text');
  await page.keyboard.press('End');
  await expect(widget.getByTestId('step-title')).toContainText('GAN-INT');
  await widget.getByTestId('beta-slider').focus();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/cls\.beta=0\.55/);
  await widget.getByTestId('previous').focus();
  await page.keyboard.press('Enter');
  await expect(widget.getByTestId('step-title')).toContainText('The losses');
  await page.keyboard.press('Home');
  await expect(widget.getByTestId('step-title')).toContainText('Text embedding');
});

test('a URL preset opens in that state; a clashing wrong caption is replaced with a note', async ({ page }) => {
  const widget = await open(page, '?cls.step=3&cls.right=pink-flower&cls.wrong=white-flower');
  await expect(widget.getByTestId('url-problems')).toHaveCount(0);
  await expect(widget.getByTestId('score-rw')).toHaveText('0.143');
  await widget.getByTestId('wrong-select').selectOption('pink-flower');
  await expect(widget.getByTestId('clash')).toContainText('a white flower with a yellow centre');
  await expect(widget).not.toContainText('NaN');
});

test('bad URL parameters are reported and ignored', async ({ page }) => {
  const widget = await open(page, '?cls.step=-1&cls.beta=1e999&cls.right=cat&cls.int=maybe');
  const notes = widget.getByTestId('url-problems');
  await expect(notes).toContainText('cls.step=-1 (out of range)');
  await expect(notes).toContainText('cls.beta=1e999 (not a valid value)');
  await expect(notes).toContainText('cls.right=cat (not a valid value)');
  await expect(notes).toContainText('cls.int=maybe (not a valid value)');
  await expect(widget.getByTestId('step-title')).toHaveText('Step 1 of 6: Text embedding');
});

test('fits 375 px without horizontal scroll, and speaks Chinese', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  const widget = await open(page, '?cls.step=4', 'zh');
  await expect(widget.getByTestId('step-title')).toContainText('损失函数');
  await expect(widget.getByTestId('losses')).toContainText('向上');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('without JavaScript the static version shows the three scores', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en/text-to-image/#text-conditioned-gan');
  const fallback = page.locator('[data-widget="gan-cls-stepper"] .widget-fallback');
  await expect(fallback).toContainText('0.920');
  await expect(fallback).toContainText('0.007');
  await expect(fallback).toContainText('0.663');
  await context.close();
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds no violation in the widget at a busy preset (${theme})`, async ({ page }) => {
    // axe on a long chapter page is slow on a busy machine.
    test.slow();
    await page.addInitScript((t) => localStorage.setItem('theme', t), theme);
    const widget = await open(page, '?cls.step=5&cls.int=1');
    await expect(widget.getByTestId('int-score')).toBeVisible({ timeout: 15_000 });
    const results = await new AxeBuilder({ page }).include('[data-testid="gan-cls-stepper"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
