// The latent walk by mouse (drag), keyboard (arrows, sliders), URL preset, bad input, and its numbers against
// lib/gan in Node: the toy generator trained in the browser is the same one, G(z) for the same z.
import { expect, test, type Page } from '@playwright/test';
import { generatorAt } from '../../lib/gan/gan-views';
import { createGan, run } from '../../lib/gan/trainer';

// The machine the suite runs on may be busy; training and the lazy island need more than the default 30 s there.
test.describe.configure({ timeout: 60_000 });

async function open(page: Page, search = '', lang = 'en') {
  await page.goto(`/${lang}/gan/${search}#generator`);
  // The section's prose can push the widget out of reach of the island's observer: scroll to the island itself.
  await page.locator('[data-widget="gan-latent-walk"]').scrollIntoViewIfNeeded();
  const widget = page.getByTestId('gan-latent-walk');
  await widget.scrollIntoViewIfNeeded();
  await expect(widget).toBeVisible({ timeout: 20_000 });
  return widget;
}

function expected(dataset: 'ring' | 'moons', steps: number, seed: number, z: number[]): string {
  const state = createGan({ dataset, seed, noiseDim: 2 });
  run(state, steps);
  const f2 = (v: number) => (v === 0 ? 0 : v).toFixed(2);
  const x = generatorAt(state, z);
  return `G(z) = (${f2(x[0] as number)}, ${f2(x[1] as number)})`;
}

test('trains on load, and G(0, 0) equals lib/gan in Node (reproducible from the seed)', async ({ page }) => {
  test.setTimeout(120_000);
  const widget = await open(page);
  await expect(widget.getByTestId('latent-status')).toContainText('trained for 3,000 steps with seed 1', { timeout: 90_000 });
  await expect(widget.getByTestId('latent-readout')).toContainText('z = (0.00, 0.00)');
  await expect(widget.getByTestId('latent-readout')).toContainText(expected('ring', 3000, 1, [0, 0]));
});

test('mouse: dragging the point moves z and G(z), and the URL follows', async ({ page }) => {
  test.setTimeout(60_000);
  const widget = await open(page, '?latent.steps=500');
  await expect(widget.getByTestId('latent-status')).toContainText('trained', { timeout: 30_000 });
  const before = await widget.getByTestId('latent-readout').innerText();
  const noise = widget.getByTestId('latent-noise');
  const box = await noise.boundingBox();
  if (!box) throw new Error('no noise canvas');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.8, box.y + box.height * 0.3, { steps: 5 });
  await page.mouse.up();
  await expect(widget.getByTestId('latent-readout')).not.toHaveText(before);
  await expect(widget.getByTestId('latent-readout')).toContainText(/z = \(0\.6\d, 0\.4\d\)/);
  await expect(page).toHaveURL(/latent\.z1=0\.6\d*&latent\.z2=0\.4\d*/);
});

test('keyboard: arrow keys on the noise square and the sliders move z by fixed steps', async ({ page }) => {
  test.setTimeout(60_000);
  const widget = await open(page, '?latent.steps=200');
  await expect(widget.getByTestId('latent-status')).toContainText('trained', { timeout: 30_000 });
  await widget.getByTestId('latent-noise').focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Shift+ArrowUp');
  await expect(widget.getByTestId('latent-readout')).toContainText('z = (0.10, 0.25)');
  await widget.getByTestId('latent-z1').focus();
  await page.keyboard.press('ArrowRight');
  await expect(widget.getByTestId('latent-readout')).toContainText('z = (0.11, 0.25)');
  await expect(widget.getByTestId('latent-readout')).toContainText(expected('ring', 200, 1, [0.11, 0.25]));
  await page.keyboard.press('Home');
  await expect(widget.getByTestId('latent-readout')).toContainText('z = (-1.00, 0.25)');
});

test('URL preset: data set, steps, seed and z come from the link', async ({ page }) => {
  test.setTimeout(60_000);
  const widget = await open(page, '?latent.data=moons&latent.steps=1000&latent.seed=3&latent.z1=0.5&latent.z2=-0.25');
  await expect(widget.getByTestId('latent-dataset')).toHaveValue('moons');
  await expect(widget.getByTestId('latent-status')).toContainText('trained for 1,000 steps with seed 3', { timeout: 30_000 });
  await expect(widget.getByTestId('latent-readout')).toContainText(expected('moons', 1000, 3, [0.5, -0.25]));
});

test('bad input: typed abc and out-of-range links keep the last good setting with a message', async ({ page }) => {
  const widget = await open(page, '?latent.z1=7&latent.steps=abc&latent.data=cats');
  await expect(widget.getByTestId('url-problems')).toContainText('latent.z1=7');
  await expect(widget.getByTestId('url-problems')).toContainText('latent.steps=abc');
  await expect(widget.getByTestId('url-problems')).toContainText('latent.data=cats');
  await expect(widget.getByTestId('latent-steps')).toHaveValue('3000');
  await widget.getByTestId('latent-steps').fill('1e999');
  await expect(widget.getByText('Enter a whole number of steps from 0 to 20,000')).toBeVisible();
  await widget.getByTestId('latent-seed').fill('abc');
  await expect(widget.getByTestId('latent-seed')).toHaveAttribute('aria-invalid', 'true');
  expect(page.url()).not.toContain('latent.seed');
  await widget.getByTestId('latent-steps').fill('0');
  await expect(widget.getByTestId('latent-status')).toContainText('trained for 0 steps', { timeout: 20_000 });
  await expect(widget).not.toContainText('NaN');
});

test('375 px and Chinese: no horizontal scroll, Chinese labels', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  const widget = await open(page, '?latent.steps=100', 'zh');
  await expect(widget.getByTestId('latent-status')).toContainText('训练了 100 步', { timeout: 30_000 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('without JavaScript: a table of noise points and their images from the build', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en/gan/#generator');
  const fallback = page.getByTestId('gan-latent-walk-fallback');
  await expect(fallback).toBeVisible();
  await expect(fallback.locator('tbody tr')).toHaveCount(6);
  await expect(fallback.locator('tbody tr').first()).toContainText(expected('ring', 3000, 1, [0, 0]).replace('G(z) = ', ''));
  await context.close();
});

test('the trainer’s generator: the walk follows what the reader trained below, equal to lib/gan in Node', async ({ page }) => {
  test.setTimeout(90_000);
  const widget = await open(page, '?gan.seed=5&gan.data=moons&latent.from=trainer');
  await expect(widget.getByTestId('latent-from-trainer')).toBeChecked();
  await expect(widget.getByTestId('latent-steps')).toBeHidden();
  // Before the trainer has run, the walk says where to go and shows no number.
  await expect(widget.getByTestId('latent-status')).toContainText('has no generator yet');
  await expect(widget.getByTestId('latent-readout')).toHaveText('');
  // Train 200 steps in the trainer further down.
  await page.locator('[data-widget="gan-trainer"]').scrollIntoViewIfNeeded();
  const trainer = page.getByTestId('gan-trainer');
  await trainer.scrollIntoViewIfNeeded();
  await expect(trainer.getByTestId('gan-iteration')).toHaveText('0', { timeout: 20_000 });
  await trainer.getByTestId('gan-step100').click();
  await trainer.getByTestId('gan-step100').click();
  await expect(trainer.getByTestId('gan-iteration')).toHaveText('200');
  await widget.scrollIntoViewIfNeeded();
  await expect(widget.getByTestId('latent-status')).toContainText('at step 200', { timeout: 15_000 });
  const node = createGan({ seed: 5, dataset: 'moons' });
  run(node, 200);
  const f2 = (v: number) => (v === 0 ? 0 : v).toFixed(2);
  const x = generatorAt(node, [0, 0]);
  await expect(widget.getByTestId('latent-readout')).toHaveText(`z = (0.00, 0.00) → G(z) = (${f2(x[0] as number)}, ${f2(x[1] as number)})`);
  // Back to its own toy GAN: it trains its own again, and the URL forgets the source.
  await widget.getByTestId('latent-from-own').check();
  await expect(page).not.toHaveURL(/latent\.from/);
  await expect(widget.getByTestId('latent-steps')).toBeVisible();
});

test('the trainer set to 1-D noise cannot be walked, and the widget says so', async ({ page }) => {
  test.setTimeout(90_000);
  const widget = await open(page, '?gan.noise=1&latent.from=trainer');
  await page.locator('[data-widget="gan-trainer"]').scrollIntoViewIfNeeded();
  const trainer = page.getByTestId('gan-trainer');
  await trainer.scrollIntoViewIfNeeded();
  await expect(trainer.getByTestId('gan-iteration')).toHaveText('0', { timeout: 20_000 });
  await trainer.getByTestId('gan-step').click();
  await expect(trainer.getByTestId('gan-iteration')).toHaveText('1');
  await widget.scrollIntoViewIfNeeded();
  await expect(widget.getByTestId('latent-status')).toContainText('1-D noise', { timeout: 15_000 });
  await expect(widget.getByTestId('latent-readout')).toHaveText('');
  await expect(widget).not.toContainText('NaN');
});
