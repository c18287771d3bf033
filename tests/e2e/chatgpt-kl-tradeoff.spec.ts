// The reward–KL widget by mouse, keyboard, URL preset and bad input, at 375 px and in Chinese.
import { expect, test, type Page } from '@playwright/test';

async function open(page: Page, search = '', lang = 'en') {
  await page.goto(`/${lang}/chatgpt/${search}#ppo`);
  // The island loads when it nears the viewport; the page may still move (hash scroll, fonts) while it
  // hydrates, so scroll to it until the live widget is there.
  const widget = page.getByTestId('kl-tradeoff');
  await expect(async () => {
    await page.locator('[data-widget="kl-tradeoff"]').scrollIntoViewIfNeeded();
    await expect(widget).toBeVisible({ timeout: 3000 });
  }).toPass({ timeout: 30_000 });
  await widget.scrollIntoViewIfNeeded();
  return widget;
}

test('default β = 1 with the flawed reward model', async ({ page }) => {
  const widget = await open(page);
  await expect(widget.getByTestId('kl-readout')).toContainText('At β = 1: expected RM score 1.74, expected true quality 0.88, drift KL 0.52 nats.');
  await expect(widget.getByTestId('policy-H')).toHaveText('29.8%');
  await expect(widget.getByTestId('hacking')).toHaveCount(0);
  await expect(widget.getByTestId('tradeoff-chart')).toHaveAttribute('aria-label', /from 0\.70 to 3\.00.*from 0\.83 to −1\.00.*from 0\.00 to 3\.00 nats/);
});

test('mouse and keyboard: lowering β moves the mass to H and shows reward hacking', async ({ page }) => {
  const widget = await open(page);
  const slider = widget.getByTestId('beta-slider');
  await slider.fill('-2');
  await expect(page).toHaveURL(/kl\.beta=0\.01/);
  await expect(widget.getByTestId('kl-readout')).toContainText('expected RM score 3.00, expected true quality −1.00, drift KL 3.00 nats');
  await expect(widget.getByTestId('policy-H')).toHaveText('100.0%');
  await expect(widget.getByTestId('hacking')).toBeVisible();
  await slider.fill('2');
  await expect(widget.getByTestId('hacking')).toHaveCount(0);
  await slider.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(/kl\.beta=89\.1/);
  await widget.getByTestId('rm-honest').check();
  await expect(page).toHaveURL(/kl\.rm=honest/);
});

test('URL presets: β = 0.3 hacks the flawed model; the honest model at 0.01 does not', async ({ page }) => {
  let widget = await open(page, '?kl.beta=0.3');
  await expect(widget.getByTestId('kl-readout')).toContainText('expected RM score 2.91, expected true quality −0.75, drift KL 2.60 nats');
  await expect(widget.getByTestId('hacking')).toBeVisible();
  widget = await open(page, '?kl.rm=honest&kl.beta=0.01');
  await expect(widget.getByTestId('url-problems')).toHaveCount(0);
  await expect(widget.getByTestId('rm-honest')).toBeChecked();
  await expect(widget.getByTestId('kl-readout')).toContainText('expected RM score 2.20, expected true quality 2.20, drift KL 2.30 nats');
  await expect(widget.getByTestId('hacking')).toHaveCount(0);
});

test('bad typed and URL values keep the last good state with a message', async ({ page }) => {
  const widget = await open(page, '?kl.beta=0&kl.rm=perfect');
  const notes = widget.getByTestId('url-problems');
  await expect(notes).toContainText('kl.beta=0 (out of range)');
  await expect(notes).toContainText('kl.rm=perfect (not a valid value)');
  await expect(widget.getByTestId('kl-readout')).toContainText('At β = 1:');
  const input = widget.getByTestId('beta-input');
  await input.fill('3');
  await expect(widget.getByTestId('kl-readout')).toContainText('At β = 3: expected RM score 1.04, expected true quality 1.02');
  for (const bad of ['abc', '1e999', '0', '-1', '1000', '']) {
    await input.fill(bad);
    await expect(widget.getByTestId('beta-error')).toBeVisible();
    await expect(widget.getByTestId('kl-readout')).toContainText('At β = 3:');
    await expect(widget).not.toContainText('NaN');
  }
});

test('375 px: no horizontal scroll, and the Chinese page speaks Chinese', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  const widget = await open(page, '?kl.beta=0.01', 'zh');
  await expect(widget.getByTestId('hacking')).toContainText('奖励投机');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
