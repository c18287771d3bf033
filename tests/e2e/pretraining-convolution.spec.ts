// The convolution widget by mouse, by keyboard, from a URL preset, with bad input, drawn pictures, 375 px and Chinese.
import { expect, test, type Locator, type Page } from '@playwright/test';

async function open(page: Page, search = '', lang = 'en') {
  await page.goto(`/${lang}/pretraining/${search}#image-pretraining`);
  // The live widget loads only when its island nears the viewport.
  await page.locator('[data-widget="convolution-explorer"]').scrollIntoViewIfNeeded();
  const widget = page.getByTestId('convolution-explorer');
  await expect(widget).toBeVisible({ timeout: 15_000 });
  return widget;
}

/** Moves the mouse to the centre of pixel (x, y) of a 16×16 grid. */
async function pointAt(page: Page, grid: Locator, x: number, y: number, click = false) {
  const box = (await grid.boundingBox())!;
  // The viewBox has a quarter-pixel margin on each side: 16.5 units across.
  const unit = box.width / 16.5;
  const px = box.x + (0.25 + x + 0.5) * unit;
  const py = box.y + (0.25 + y + 0.5) * unit;
  if (click) await page.mouse.click(px, py);
  else await page.mouse.move(px, py);
}

test('default: Sobel x at the left wall edge gives −2.45, from the nine products', async ({ page }) => {
  const widget = await open(page);
  await expect(widget.getByTestId('conv-selected')).toHaveText('Pixel column 3, row 9');
  await expect(widget.getByTestId('conv-sum')).toContainText('Sum = -2.45');
  await expect(widget.getByTestId('conv-neighbourhood')).toContainText('0.85 × (-2)');
  await expect(widget.getByTestId('conv-kernel-sum')).toHaveText('Weights sum to 0');
  await expect(widget.getByTestId('conv-weight-0')).toHaveValue('-1');
});

test('mouse: hovering previews a pixel, clicking selects it, and a kernel can be picked', async ({ page }) => {
  const widget = await open(page);
  const input = widget.getByTestId('conv-input');
  await pointAt(page, input, 7, 4);
  await expect(widget.getByTestId('conv-selected')).toHaveText('Pixel column 7, row 4');
  await expect(widget.getByTestId('conv-sum')).toContainText('Sum = 0,');
  await page.mouse.move(0, 0);
  await expect(widget.getByTestId('conv-selected')).toHaveText('Pixel column 3, row 9');
  await pointAt(page, widget.getByTestId('conv-output'), 8, 8, true);
  await expect(page).toHaveURL(/conv\.x=8&conv\.y=8|conv\.y=8.*conv\.x=8|conv\.x=8.*conv\.y=8/);
  await page.mouse.move(0, 0);
  await expect(widget.getByTestId('conv-selected')).toHaveText('Pixel column 8, row 8');
  await widget.getByTestId('conv-kernel').selectOption('box-blur');
  await expect(page).toHaveURL(/conv\.k=box-blur/);
  await expect(widget.getByTestId('conv-weight-4')).toHaveValue('1/9');
  await expect(widget.getByTestId('conv-sum')).toContainText('Sum = 0.456');
});

test('keyboard: arrow keys move the selected pixel and the numbers follow', async ({ page }) => {
  const widget = await open(page);
  await widget.getByTestId('conv-input').focus();
  await page.keyboard.press('ArrowRight');
  await expect(widget.getByTestId('conv-selected')).toHaveText('Pixel column 4, row 9');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(widget.getByTestId('conv-selected')).toHaveText('Pixel column 4, row 7');
  await expect(page).toHaveURL(/conv\.x=4/);
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowLeft');
  await expect(widget.getByTestId('conv-selected')).toHaveText('Pixel column 0, row 7');
  await widget.getByTestId('conv-kernel').focus();
  await page.keyboard.press('ArrowDown');
  await expect(page).toHaveURL(/conv\.k=sobel-y/);
});

test('a URL preset opens the widget in that state, a typed kernel included', async ({ page }) => {
  const widget = await open(page, '?conv.k=laplacian&conv.pad=edge&conv.x=0&conv.y=0&conv.mode=stretch');
  await expect(widget.getByTestId('conv-kernel')).toHaveValue('laplacian');
  await expect(widget.getByTestId('conv-padding')).toHaveValue('edge');
  await expect(widget.getByTestId('conv-mode')).toHaveValue('stretch');
  await expect(widget.getByTestId('conv-sum')).toContainText('Sum = 0,');
  await expect(widget.getByTestId('url-problems')).toHaveCount(0);
  const custom = await open(page, '?conv.k=custom&conv.w=0,0,0,0,2,0,0,0,0');
  await expect(custom.getByTestId('conv-weight-4')).toHaveValue('2');
  await expect(custom.getByTestId('conv-sum')).toContainText('Sum = 1.3');
});

test('bad typed weights show which cell is wrong and keep the last good kernel', async ({ page }) => {
  const widget = await open(page);
  const centre = widget.getByTestId('conv-weight-4');
  await centre.fill('4');
  await expect(widget.getByTestId('conv-kernel')).toHaveValue('custom');
  await expect(page).toHaveURL(/conv\.w=-1%2C0%2C1%2C-2%2C4%2C2%2C-1%2C0%2C1|conv\.w=-1,0,1,-2,4,2,-1,0,1/);
  await expect(widget.getByTestId('conv-sum')).toContainText('Sum = 0.15');
  for (const [bad, message] of [['abc', 'is not a number'], ['1e999', 'is too large'], ['', 'is empty'], ['5000', 'is too large']] as const) {
    await centre.fill(bad);
    await expect(widget.getByTestId('conv-weight-error')).toContainText(`Row 2, column 2 ${message}`);
    await expect(centre).toHaveAttribute('aria-invalid', 'true');
    await expect(widget.getByTestId('conv-sum')).toContainText('Sum = 0.15');
    await expect(widget).not.toContainText('NaN');
  }
  await centre.fill('1/2');
  await expect(widget.getByTestId('conv-weight-error')).toBeHidden();
  await expect(widget.getByTestId('conv-sum')).toContainText('Sum = -2.125');
});

test('bad URL parameters are ignored with a visible note', async ({ page }) => {
  const widget = await open(page, '?conv.k=blur&conv.x=99&conv.y=abc&conv.zoom=2&conv.k2=1&conv.px=zz');
  const notes = widget.getByTestId('url-problems');
  await expect(notes).toContainText('conv.k=blur (not a valid value)');
  await expect(notes).toContainText('conv.x=99 (out of range)');
  await expect(notes).toContainText('conv.y=abc (not a valid value)');
  await expect(notes).toContainText('conv.zoom=2 (unknown setting)');
  await expect(notes).toContainText('conv.px=zz (not a valid value)');
  await expect(widget.getByTestId('conv-kernel')).toHaveValue('sobel-x');
  await expect(widget.getByTestId('conv-sum')).toContainText('Sum = -2.45');
});

test('a bad typed kernel in the URL is ignored: the identity kernel is used', async ({ page }) => {
  const custom = await open(page, '?conv.k=custom&conv.w=1,2,3');
  await expect(custom.getByTestId('url-problems')).toContainText('conv.w=1,2,3 (not a valid value)');
  await expect(custom.getByTestId('conv-weight-4')).toHaveValue('1');
});

test('drawing: click and Space paint pixels, the drawing goes into the link, nothing is uploaded', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.method()));
  const widget = await open(page);
  await widget.getByTestId('conv-draw').click();
  await expect(page).toHaveURL(/conv\.img=drawn/);
  await expect(widget.getByTestId('conv-sum')).toContainText('Sum = 0,');
  const input = widget.getByTestId('conv-input');
  await pointAt(page, input, 4, 9, true);
  await expect(page).toHaveURL(/conv\.px=[0-9a-f]{64}/);
  await expect(widget.getByTestId('conv-selected')).toHaveText('Pixel column 4, row 9');
  // A black pixel right of the selected one: Sobel x sees brightness fall, −1 × 2 = −2 at (3, 9).
  await input.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(widget.getByTestId('conv-sum')).toContainText('Sum = -2,');
  await page.keyboard.press('Space');
  await expect(widget.getByTestId('conv-neighbourhood')).toContainText('0 × 0');
  const link = page.url();
  await page.goto('about:blank');
  const again = await open(page, new URL(link).search);
  await expect(again.getByTestId('conv-draw')).toHaveAttribute('aria-pressed', 'true');
  await expect(again.getByTestId('conv-sum')).toContainText('Sum = -2,');
  await again.getByTestId('conv-clear').click();
  await expect(page).not.toHaveURL(/conv\.px/);
  expect(requests.filter((m) => m !== 'GET')).toEqual([]);
});

test('fits 375 px without horizontal scroll, and the Chinese page speaks Chinese', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  const widget = await open(page, '', 'zh');
  await expect(widget.getByTestId('conv-selected')).toHaveText('第 3 列、第 9 行的像素');
  await expect(widget.getByTestId('conv-sum')).toContainText('求和 = -2.45');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('in the slide deck, arrow keys on the picture move the pixel, not the slide', async ({ page }) => {
  await page.goto('/en/pretraining/slides/#image-pretraining');
  await page.locator('[data-widget="convolution-explorer"]').scrollIntoViewIfNeeded();
  const widget = page.getByTestId('convolution-explorer');
  await expect(widget).toBeVisible({ timeout: 15_000 });
  await widget.getByTestId('conv-input').focus();
  await page.keyboard.press('ArrowRight');
  await expect(widget.getByTestId('conv-selected')).toHaveText('Pixel column 4, row 9');
  await expect(page).toHaveURL(/#image-pretraining$/);
  await expect(widget).toBeVisible();
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, viewport: { width: 375, height: 800 } });

  test('a tap selects a pixel, and in drawing mode a tap paints it', async ({ page }) => {
    const widget = await open(page);
    const input = widget.getByTestId('conv-input');
    await input.scrollIntoViewIfNeeded();
    const box = (await input.boundingBox())!;
    const unit = box.width / 16.5;
    const at = (x: number, y: number) => ({ x: box.x + (0.75 + x) * unit, y: box.y + (0.75 + y) * unit });
    await page.touchscreen.tap(at(7, 4).x, at(7, 4).y);
    await expect(widget.getByTestId('conv-selected')).toHaveText('Pixel column 7, row 4');
    await widget.getByTestId('conv-draw').tap();
    // Drawing mode adds a help line above the grid: measure again once it is there.
    await expect(widget.getByTestId('conv-clear')).toBeVisible();
    await input.scrollIntoViewIfNeeded();
    const moved = (await input.boundingBox())!;
    await page.touchscreen.tap(moved.x + (0.75 + 4) * (moved.width / 16.5), moved.y + (0.75 + 9) * (moved.width / 16.5));
    await expect(page).toHaveURL(/conv\.px=[0-9a-f]{64}/);
    await expect(widget.getByTestId('conv-selected')).toHaveText('Pixel column 4, row 9');
  });
});
