// The unCLIP stepper by mouse, by keyboard, from a URL preset, with bad input, at 375 px and in Chinese.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

async function open(page: Page, search = '', lang = 'en') {
  await page.goto(`/${lang}/text-to-image/${search}#dalle2`);
  await page.locator('html[data-hydrated]').waitFor({ state: 'attached', timeout: 20_000 });
  // The island loads its live widget only when it nears the viewport.
  await page.locator('[data-widget="unclip-pipeline"]').scrollIntoViewIfNeeded();
  const widget = page.getByTestId('unclip-pipeline');
  await widget.scrollIntoViewIfNeeded();
  await expect(widget).toBeVisible();
  return widget;
}

test('mouse: stepping through the stages shows each stage’s input, output and toy numbers', async ({ page }) => {
  const widget = await open(page);
  await expect(widget.getByTestId('stage-title')).toHaveText('Stage 1 of 6: Caption');
  await expect(widget.getByTestId('previous')).toBeDisabled();
  await widget.getByTestId('next').click();
  await expect(widget.getByTestId('stage-title')).toHaveText('Stage 2 of 6: CLIP text encoder');
  await expect(widget.getByTestId('text-cos')).toContainText('= 0.651');
  await widget.getByTestId('next').click();
  await expect(page).toHaveURL(/unclip\.stage=2/);
  await expect(widget.getByTestId('prior-cos')).toContainText('= 0.698 (noise-free prediction: 0.965)');
  await widget.getByTestId('another-draw').click();
  await expect(widget.getByTestId('seed')).toHaveText('Seed 2');
  await expect(widget.getByTestId('prior-cos')).toContainText('= 0.940');
  await widget.getByTestId('stage-3').click();
  await expect(widget.getByTestId('stage-output')).toContainText('12,288 numbers');
  await expect(widget.getByTestId('toy-picture')).toHaveAttribute('data-size', '16');
  await widget.getByTestId('stage-5').click();
  await expect(widget.getByTestId('stage-output')).toContainText('3,145,728 numbers');
  await expect(widget.getByTestId('toy-picture')).toHaveAttribute('data-size', '256');
  await expect(widget.getByTestId('next')).toBeDisabled();
});

test('keyboard: arrows, Home and End move between stages; the caption radios switch the toy', async ({ page }) => {
  const widget = await open(page);
  await widget.getByTestId('stage-0').focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(widget.getByTestId('stage-title')).toHaveText('Stage 3 of 6: Prior');
  await page.keyboard.press('End');
  await expect(widget.getByTestId('stage-title')).toContainText('Upsampler 256 → 1024');
  await page.keyboard.press('Home');
  await expect(widget.getByTestId('stage-title')).toContainText('Caption');
  await widget.getByRole('radio', { name: 'a cat asleep on a sofa' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/unclip\.caption=dog/);
  await widget.getByTestId('next').focus();
  await page.keyboard.press('Enter');
  await expect(widget.getByTestId('text-cos')).toContainText('= 0.616');
});

test('a URL preset opens on that stage and caption', async ({ page }) => {
  const widget = await open(page, '?unclip.stage=2&unclip.caption=bird');
  await expect(widget.getByTestId('url-problems')).toHaveCount(0);
  await expect(widget.getByTestId('stage-title')).toContainText('Prior');
  await expect(widget.getByRole('radio', { name: 'a red bird on a branch' })).toBeChecked();
  await expect(widget.getByTestId('prior-cos')).toContainText('= 0.648 (noise-free prediction: 0.876)');
  await expect(widget.getByTestId('prior-rank')).toContainText('nearer its own caption’s image');
});

test('bad URL parameters are reported and ignored', async ({ page }) => {
  const widget = await open(page, '?unclip.stage=9&unclip.caption=unicorn&unclip.seed=abc&unclip.zoom=2');
  const notes = widget.getByTestId('url-problems');
  await expect(notes).toContainText('unclip.stage=9 (out of range)');
  await expect(notes).toContainText('unclip.caption=unicorn (not a valid value)');
  await expect(notes).toContainText('unclip.seed=abc (not a valid value)');
  await expect(notes).toContainText('unclip.zoom=2 (unknown setting)');
  await expect(widget.getByTestId('stage-title')).toHaveText('Stage 1 of 6: Caption');
  await expect(widget).not.toContainText('NaN');
});

test('fits 375 px without horizontal scroll, and speaks Chinese', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  const widget = await open(page, '?unclip.stage=4', 'zh');
  await expect(widget.getByTestId('stage-title')).toContainText('上采样器 64 → 256');
  await expect(widget.getByTestId('stage-output')).toContainText('196,608 个数');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('without JavaScript the static table lists every stage', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en/text-to-image/#dalle2');
  const fallback = page.locator('[data-widget="unclip-pipeline"] .widget-fallback');
  await expect(fallback).toContainText('Prior');
  await expect(fallback).toContainText('3,145,728 numbers');
  await expect(fallback).toContainText('0.651');
  await context.close();
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds no violation in the widget at a busy preset (${theme})`, async ({ page }) => {
    // axe on a long chapter page is slow on a busy machine.
    test.slow();
    await page.addInitScript((t) => localStorage.setItem('theme', t), theme);
    const widget = await open(page, '?unclip.stage=2');
    await expect(widget.getByTestId('prior-cos')).toBeVisible({ timeout: 15_000 });
    const results = await new AxeBuilder({ page }).include('[data-testid="unclip-pipeline"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
