// The PPO clip widget by mouse, keyboard, URL preset and bad input, at 375 px and in Chinese.
import { expect, test, type Page } from '@playwright/test';

async function open(page: Page, search = '', lang = 'en') {
  await page.goto(`/${lang}/chatgpt/${search}#ppo`);
  // The island loads when it nears the viewport; the page may still move (hash scroll, fonts) while it
  // hydrates, so scroll to it until the live widget is there.
  const widget = page.getByTestId('ppo-clip');
  await expect(async () => {
    await page.locator('[data-widget="ppo-clip"]').scrollIntoViewIfNeeded();
    await expect(widget).toBeVisible({ timeout: 3000 });
  }).toPass({ timeout: 30_000 });
  await widget.scrollIntoViewIfNeeded();
  return widget;
}

test('default: r = 1.3 with a positive advantage is clipped at 1 + ε, slope 0', async ({ page }) => {
  const widget = await open(page);
  await expect(widget.getByTestId('ppo-readout')).toContainText('At r = 1.3, Â = 1: L = 1.2 (r·Â = 1.3), slope 0.');
  await expect(widget.getByTestId('ppo-verdict')).toHaveText(/gradient is 0/);
  await expect(widget.getByTestId('clip-chart-positive')).toHaveAttribute('aria-label', /kinks at 0\.8 and 1\.2; flat \(slope 0\) for r above 1\.2/);
  await expect(widget.getByTestId('clip-chart-negative')).toHaveAttribute('aria-label', /flat \(slope 0\) for r below 0\.8/);
  await expect(widget.getByTestId('clip-chart-positive').locator('.recharts-reference-area')).toHaveCount(1);
  await expect(widget.getByTestId('clip-chart-positive').locator('.recharts-reference-dot')).toHaveCount(1);
  await expect(widget.getByTestId('clip-chart-negative').locator('.recharts-reference-dot')).toHaveCount(0);
});

test('mouse and keyboard: ε on the slider changes where the clip starts', async ({ page }) => {
  const widget = await open(page);
  await widget.getByTestId('eps-slider').fill('0.3');
  await expect(page).toHaveURL(/ppo\.eps=0\.3/);
  await expect(widget.getByTestId('ppo-readout')).toContainText('L = 1.3 (r·Â = 1.3), slope 1.');
  await expect(widget.getByTestId('ppo-verdict')).toHaveText(/pushes r up/);
  await widget.getByTestId('eps-slider').focus();
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(/ppo\.eps=0\.29/);
  await expect(widget.getByTestId('ppo-readout')).toContainText('L = 1.29 (r·Â = 1.3), slope 0.');
});

test('URL presets: a bad action made more likely is not clipped; made less likely it is', async ({ page }) => {
  let widget = await open(page, '?ppo.r=1.5&ppo.a=-1');
  await expect(widget.getByTestId('url-problems')).toHaveCount(0);
  await expect(widget.getByTestId('ppo-readout')).toContainText('L = −1.5 (r·Â = −1.5), slope −1.');
  await expect(widget.getByTestId('ppo-readout')).toContainText('penalised in full');
  await expect(widget.getByTestId('clip-chart-negative').locator('.recharts-reference-dot')).toHaveCount(1);
  widget = await open(page, '?ppo.r=0.7&ppo.a=-1');
  await expect(widget.getByTestId('ppo-readout')).toContainText('L = −0.8 (r·Â = −0.7), slope 0.');
  widget = await open(page, '?ppo.eps=0.1&ppo.r=1.3&ppo.a=1');
  await expect(widget.getByTestId('ppo-readout')).toContainText('L = 1.1 (r·Â = 1.3), slope 0.');
});

test('bad typed and URL values keep the last good state with a message', async ({ page }) => {
  const widget = await open(page, '?ppo.eps=0.5&ppo.r=abc&ppo.a=1e999');
  const notes = widget.getByTestId('url-problems');
  await expect(notes).toContainText('ppo.eps=0.5 (out of range)');
  await expect(notes).toContainText('ppo.r=abc (not a valid value)');
  await expect(notes).toContainText('ppo.a=1e999 (not a valid value)');
  await expect(widget.getByTestId('ppo-readout')).toContainText('At r = 1.3, Â = 1: L = 1.2');

  const ratio = widget.getByTestId('ratio-input');
  await ratio.fill('0.5');
  await expect(page).toHaveURL(/ppo\.r=0\.5/);
  for (const bad of ['abc', '1e999', '-0.1', '3', '']) {
    await ratio.fill(bad);
    await expect(widget.getByTestId('ratio-error')).toBeVisible();
    await expect(widget.getByTestId('ppo-readout')).toContainText('At r = 0.5, Â = 1: L = 0.5');
    await expect(widget).not.toContainText('NaN');
  }
  const adv = widget.getByTestId('advantage-input');
  for (const bad of ['x', '9', '1e999']) {
    await adv.fill(bad);
    await expect(widget.getByTestId('advantage-error')).toBeVisible();
  }
  await adv.fill('0');
  await expect(widget.getByTestId('advantage-error')).toBeHidden();
  await expect(widget.getByTestId('ppo-verdict')).toHaveText(/Â = 0/);
  await expect(widget).not.toContainText('NaN');
});

test('375 px: no horizontal scroll, and the Chinese page speaks Chinese', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  const widget = await open(page, '?ppo.r=0.7&ppo.a=-2', 'zh');
  await expect(widget.getByTestId('ppo-readout')).toContainText('r = 0.7、Â = −2 时：L = −1.6');
  await expect(widget.getByTestId('ppo-verdict')).toHaveText(/截断生效/);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
