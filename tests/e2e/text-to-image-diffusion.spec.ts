// The diffusion playground by mouse, by keyboard, from a URL preset, with bad input, at 375 px and in Chinese.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

async function open(page: Page, search = '', lang = 'en') {
  await page.goto(`/${lang}/text-to-image/${search}#diffusion`);
  await page.locator('html[data-hydrated]').waitFor({ state: 'attached', timeout: 20_000 });
  // The island loads its live widget only when it nears the viewport.
  await page.locator('[data-widget="diffusion-playground"]').scrollIntoViewIfNeeded();
  const widget = page.getByTestId('diffusion-playground');
  await widget.scrollIntoViewIfNeeded();
  await expect(widget).toBeVisible();
  return widget;
}

const fishShare = async (page: Page) => {
  const text = await page.getByTestId('landed').innerText();
  return Number(/([\d.]+)%/.exec(text)?.[1]);
};

test('mouse: moving t noises the data; raising guidance crowds samples into the chosen caption', async ({ page }) => {
  const widget = await open(page);
  await expect(widget.getByTestId('forward-stats')).toContainText('ᾱ_t = 1.000');
  await widget.getByTestId('t-slider').fill('250');
  await expect(page).toHaveURL(/diff\.t=250/);
  await expect(widget.getByTestId('forward-stats')).toContainText('ᾱ_t = 0.524');
  await widget.getByTestId('t-slider').fill('1000');
  await expect(widget.getByTestId('forward-stats')).toContainText('ᾱ_t = 4.0e-5');

  await expect(widget.getByTestId('landed')).toContainText('10.8% of the samples landed in “fish”', { timeout: 15_000 });
  await expect(widget.getByTestId('progress')).toHaveText('Step 100 of 100 (t = 0)');
  await widget.getByTestId('scale-slider').fill('2');
  await expect(page).toHaveURL(/diff\.s=2/);
  await expect(widget.getByTestId('landed')).toContainText('98.2% of the samples landed in “fish”', { timeout: 15_000 });
  await expect(widget.getByTestId('scale-meaning')).toContainText('w = s − 1 = 1.0');
  await widget.getByRole('radio', { name: 'cat' }).click();
  await expect(page).toHaveURL(/diff\.label=cat/);
  await expect(widget.getByTestId('landed')).toContainText('in “cat”', { timeout: 15_000 });
  expect(await fishShare(page)).toBeGreaterThan(95);
  await widget.getByTestId('replay').click();
  await expect(widget.getByTestId('progress')).toHaveText('Step 100 of 100 (t = 0)', { timeout: 15_000 });
  await expect(widget).not.toContainText('NaN');
});

test('keyboard: sliders move with arrow keys, the caption radios with arrows, Replay with Enter', async ({ page }) => {
  const widget = await open(page);
  await widget.getByTestId('t-slider').focus();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/diff\.t=1/);
  await widget.getByTestId('scale-slider').focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/diff\.s=1(&|#|$)/);
  await expect(widget.getByTestId('landed')).toContainText('85.6%', { timeout: 15_000 });
  await widget.getByRole('radio', { name: 'fish' }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(/diff\.label=bird/);
  await widget.getByTestId('replay').focus();
  await page.keyboard.press('Enter');
  await expect(widget.getByTestId('landed')).toContainText('in “bird”', { timeout: 15_000 });
});

test('a URL preset opens in that state and reproduces the contract numbers', async ({ page }) => {
  const widget = await open(page, '?diff.s=4&diff.t=500');
  await expect(widget.getByTestId('url-problems')).toHaveCount(0);
  await expect(widget.getByTestId('forward-stats')).toContainText('ᾱ_t = 0.079');
  await expect(widget.getByTestId('landed')).toContainText('100.0% of the samples landed in “fish”', { timeout: 15_000 });
  await expect(widget.getByTestId('spread')).toContainText('0.31');
  await expect(widget.getByTestId('scale-input')).toHaveValue('4');
});

test('bad URL parameters and bad typed numbers are reported; the last good state stays', async ({ page }) => {
  const widget = await open(page, '?diff.s=abc&diff.t=5000&diff.label=unicorn&diff.n=1e999&diff.steps=2.5');
  const notes = widget.getByTestId('url-problems');
  await expect(notes).toContainText('diff.s=abc (not a valid value)');
  await expect(notes).toContainText('diff.t=5000 (out of range)');
  await expect(notes).toContainText('diff.label=unicorn (not a valid value)');
  await expect(notes).toContainText('diff.n=1e999 (not a valid value)');
  await expect(notes).toContainText('diff.steps=2.5 (not a valid value)');
  await expect(widget.getByTestId('landed')).toContainText('10.8%', { timeout: 15_000 });

  const scale = widget.getByTestId('scale-input');
  await scale.fill('2');
  await expect(widget.getByTestId('landed')).toContainText('98.2%', { timeout: 15_000 });
  for (const bad of ['abc', '1e999', '-1', '11', '']) {
    await scale.fill(bad);
    await expect(widget.getByTestId('scale-input-error')).toBeVisible();
    await expect(widget.getByTestId('landed')).toContainText('98.2%');
  }
  await widget.getByTestId('bend-input').fill('0.9');
  await expect(widget.getByTestId('bend-input-error')).toBeVisible();
  await widget.getByTestId('bend-input').fill('0.001');
  await expect(widget.getByTestId('end-note')).toContainText('far from 0');
  await widget.getByTestId('seed-input').fill('1.5');
  await expect(widget.getByTestId('seed-input-error')).toBeVisible();
  await expect(widget).not.toContainText('NaN');
  await expect(widget).not.toContainText('Infinity');
});

test('reduced motion jumps to the finished samples', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const widget = await open(page, '?diff.s=1');
  await expect(widget.getByTestId('landed')).toContainText('85.6%', { timeout: 15_000 });
  await expect(widget.getByTestId('progress')).toHaveText('Step 100 of 100 (t = 0)');
});

test('fits 375 px without horizontal scroll, and speaks Chinese', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  const widget = await open(page, '?diff.s=1', 'zh');
  await expect(widget.getByRole('radio', { name: '鱼' })).toBeChecked();
  await expect(widget.getByTestId('landed')).toContainText('的样本落在“鱼”里', { timeout: 15_000 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('without JavaScript the static tables carry the numbers', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en/text-to-image/#diffusion');
  const fallback = page.locator('[data-widget="diffusion-playground"] .widget-fallback');
  await expect(fallback).toContainText('0.524');
  await expect(fallback).toContainText('98.2%');
  await context.close();
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds no violation in the widget at a busy preset (${theme})`, async ({ page }) => {
    // axe on a long chapter page is slow on a busy machine.
    test.slow();
    await page.addInitScript((t) => localStorage.setItem('theme', t), theme);
    const widget = await open(page, '?diff.s=2');
    await expect(widget.getByTestId('spread')).toBeVisible({ timeout: 15_000 });
    const results = await new AxeBuilder({ page }).include('[data-testid="diffusion-playground"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
