// Classroom slides: keyboard navigation, deep links, the hash following the slide, full screen, notes,
// swipe, widgets inside a slide, and the links between slides and the reading view.
import { expect, test, type Page } from '@playwright/test';
import { chapterSlugs, langs, open } from './helpers';

const visibleSlide = (page: Page) => page.locator('[data-deck] section[data-section]:visible');

test('a deep link opens that slide, and the keys move through the deck', async ({ page }) => {
  await open(page, '/en/what-is-aigc/slides/#definition');
  await expect(visibleSlide(page)).toHaveCount(1);
  await expect(visibleSlide(page)).toHaveAttribute('data-section', 'definition');
  const total = Number((await page.getByTestId('slide-progress').textContent())?.match(/of (\d+)/)?.[1]);
  expect(total).toBeGreaterThan(4);
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/#content-production$/);
  await expect(visibleSlide(page)).toHaveAttribute('data-section', 'content-production');
  await page.keyboard.press('PageUp');
  await expect(page).toHaveURL(/#definition$/);
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/#content-production$/);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('PageDown');
  await expect(page).toHaveURL(/#content-production$/);
  await page.keyboard.press('Home');
  await expect(page).toHaveURL(/#title$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByTestId('slide-progress')).toHaveText(`Slide 1 of ${total}`);
  await page.keyboard.press('End');
  await expect(page.getByTestId('slide-progress')).toHaveText(`Slide ${total} of ${total}`);
});

test("a reader's link to a subsection opens the slide that contains it", async ({ page }) => {
  await open(page, '/en/what-is-aigc/slides/#ugc');
  await expect(visibleSlide(page)).toHaveAttribute('data-section', 'content-production');
  await expect(page.locator('#ugc')).toBeVisible();
});

test('the buttons move, and the link back lands on the same section', async ({ page }) => {
  await open(page, '/zh/what-is-aigc/slides/#examples');
  await page.getByRole('button', { name: '下一页' }).click();
  await expect(page).toHaveURL(/#definition$/);
  await expect(page.getByTestId('reading-link')).toHaveAttribute('href', '/zh/what-is-aigc/#definition');
  await page.getByTestId('reading-link').click();
  await expect(page).toHaveURL(/\/zh\/what-is-aigc\/#definition$/);
});

test('the reading view offers to present the section being read', async ({ page }) => {
  await open(page, '/en/what-is-aigc/#definition');
  await expect(page.getByTestId('present-link')).toHaveAttribute('href', '/en/what-is-aigc/slides/#definition');
  await page.getByTestId('present-link').click();
  await expect(visibleSlide(page)).toHaveAttribute('data-section', 'definition');
});

test('F toggles full screen and N the presenter notes', async ({ page }) => {
  await open(page, '/en/what-is-aigc/slides/#examples');
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  await expect(page.getByRole('button', { name: 'Full screen (F)' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);
  await page.keyboard.press('n');
  await expect(page.locator('[data-deck]')).toHaveAttribute('data-notes', 'on');
  const notes = visibleSlide(page).locator('.presenter-notes');
  if ((await notes.count()) > 0) await expect(notes.first()).toBeVisible();
  await page.keyboard.press('N');
  await expect(page.locator('[data-deck]')).toHaveAttribute('data-notes', 'off');
});

test('presenter notes stay hidden in the reading view', async ({ page }) => {
  await open(page, '/en/what-is-aigc/');
  for (const note of await page.locator('.presenter-notes').all()) await expect(note).toBeHidden();
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, viewport: { width: 390, height: 800 } });
  test('a swipe left moves to the next slide', async ({ page }) => {
    await open(page, '/en/what-is-aigc/slides/#examples');
    await page.locator('[data-deck]').evaluate((deck) => {
      const touch = (x: number) => new Touch({ identifier: 1, target: deck, clientX: x, clientY: 300 });
      deck.dispatchEvent(new TouchEvent('touchstart', { touches: [touch(300)], changedTouches: [touch(300)], bubbles: true }));
      deck.dispatchEvent(new TouchEvent('touchend', { touches: [], changedTouches: [touch(100)], bubbles: true }));
    });
    await expect(page).toHaveURL(/#definition$/);
  });
});

test('keys typed into a widget inside a slide stay with the widget', async ({ page }) => {
  await open(page, '/en/what-is-aigc/slides/#content-production');
  await page.locator('[data-widget="production-modes"]').scrollIntoViewIfNeeded();
  const widget = page.getByTestId('production-modes');
  await expect(widget).toBeVisible();
  await widget.getByRole('radio', { name: 'Cost per piece' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(widget.getByRole('radio', { name: 'Volume' })).toBeChecked();
  await expect(page).toHaveURL(/#content-production$/);
});

for (const lang of langs) {
  for (const slug of chapterSlugs(lang)) {
    test(`every slide of /${lang}/${slug}/slides/ can be reached`, async ({ page }) => {
      await open(page, `/${lang}/${slug}/slides/`);
      const total = await page.locator('[data-deck] section[data-section]').count();
      for (let i = 1; i < total; i += 1) await page.keyboard.press('ArrowRight');
      await expect(visibleSlide(page)).toHaveCount(1);
      await expect(visibleSlide(page)).toHaveAttribute('data-section', 'references');
    });
  }
}
