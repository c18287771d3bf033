// The AIGC timeline by mouse, keyboard, URL (filters and deep links to events), without JavaScript and in
// print; and the history chapter's quiz by keyboard.
import { expect, test, type Page } from '@playwright/test';

const url = '/en/history/';

async function open(page: Page, search = '', hash = '#timeline') {
  await page.goto(`${url}${search}${hash}`);
  const widget = page.getByTestId('aigc-timeline');
  await widget.scrollIntoViewIfNeeded({ timeout: 15_000 });
  await expect(widget).toBeVisible();
  return widget;
}

test('mouse: selecting an event opens its card; filters narrow the axis and go into the URL', async ({ page }) => {
  const widget = await open(page);
  await expect(widget.getByTestId('timeline-count')).toHaveText('Showing 30 of 30 events.');
  const eliza = widget.getByRole('button', { name: 'January 1966: ELIZA holds a conversation' });
  await eliza.click();
  await expect(eliza).toHaveAttribute('aria-pressed', 'true');
  const card = widget.getByTestId('event-card');
  await expect(card).toContainText('Joseph Weizenbaum');
  await expect(card).toContainText('Often dated 1960');
  await expect(card.getByRole('link', { name: /CACM 9\(1\)/ })).toHaveAttribute('href', 'https://doi.org/10.1145/365153.365168');

  await widget.getByRole('radio', { name: 'Speech' }).check();
  await expect(page).toHaveURL(/timeline\.modality=speech/);
  await expect(widget.getByTestId('timeline-count')).toHaveText('Showing 3 of 30 events.');
  await expect(widget.getByTestId('timeline-markers').getByRole('button')).toHaveCount(3);
  // ELIZA is not a speech event, so the first speech event opens instead.
  await expect(card).toHaveAttribute('data-event', 'e-1984-ibm-dictation');
  await expect(card).toContainText('could not confirm');

  await widget.getByRole('radio', { name: 'Rapid growth' }).check();
  await expect(page).toHaveURL(/timeline\.stage=rapid/);
  await expect(widget.getByTestId('timeline-count')).toHaveText('No event matches this filter. Choose another kind of content or stage.');
  await expect(widget.getByTestId('event-card')).toHaveCount(0);
  await expect(widget).not.toContainText('NaN');
});

test('keyboard: one tab stop on the axis, arrows, Home and End move between events', async ({ page }) => {
  const widget = await open(page);
  const markers = widget.getByTestId('timeline-markers');
  await markers.getByRole('button').first().focus();
  await page.keyboard.press('ArrowRight');
  const card = widget.getByTestId('event-card');
  await expect(card).toHaveAttribute('data-event', 'e-1957-illiac-suite');
  await expect(markers.locator('button[tabindex="0"]')).toHaveCount(1);
  await expect(markers.locator('[data-event="e-1957-illiac-suite"]')).toBeFocused();
  await page.keyboard.press('End');
  await expect(card).toHaveAttribute('data-event', 'e-2022-chatgpt');
  await expect(card).toContainText('30 November 2022');
  await page.keyboard.press('ArrowRight');
  await expect(card).toHaveAttribute('data-event', 'e-2022-chatgpt');
  await page.keyboard.press('ArrowLeft');
  await expect(card).toHaveAttribute('data-event', 'e-2022-dall-e-2');
  await expect(card.getByTestId('event-confidence')).toContainText('Secondary source');
  await page.keyboard.press('Home');
  await expect(card).toHaveAttribute('data-event', 'e-1956-illiac-premiere');
  // The previous/next buttons work from the keyboard too.
  await card.getByRole('button', { name: /Next event/ }).focus();
  await page.keyboard.press('Enter');
  await expect(card).toHaveAttribute('data-event', 'e-1957-illiac-suite');
});

test('a URL preset opens the timeline filtered', async ({ page }) => {
  const widget = await open(page, '?timeline.modality=video');
  await expect(widget.getByRole('radio', { name: 'Video' })).toBeChecked();
  await expect(widget.getByTestId('timeline-count')).toHaveText('Showing 1 of 30 events.');
  await expect(widget.getByTestId('event-card')).toContainText('DVD-GAN');
  await expect(widget.getByTestId('url-problems')).toHaveCount(0);
});

test('a link to an event opens its card, even past a filter that would hide it', async ({ page }) => {
  await page.goto(`${url}#e-1966-eliza`);
  const widget = page.getByTestId('aigc-timeline');
  const card = widget.getByTestId('event-card');
  // The live widget loads lazily; give it time on a busy machine.
  await expect(card).toHaveAttribute('data-event', 'e-1966-eliza', { timeout: 15_000 });
  await expect(card).toBeInViewport();
  await expect(widget.getByRole('button', { name: 'January 1966: ELIZA holds a conversation' })).toHaveAttribute('aria-pressed', 'true');

  await page.goto(`${url}?timeline.modality=image#e-2017-1-the-road`);
  await expect(card).toHaveAttribute('data-event', 'e-2017-1-the-road');
  await expect(card).toContainText('published in 2018');
  await expect(widget.getByRole('radio', { name: 'All', exact: true })).toBeChecked();
  await expect(page).not.toHaveURL(/timeline\.modality/);

  // Following an event link inside the page opens that card too.
  await page.evaluate(() => {
    window.location.hash = 'e-2014-vgg';
  });
  await expect(card).toHaveAttribute('data-event', 'e-2014-vgg');
  await expect(card).toContainText('first place in localisation and second place in classification');
});

test('copy link to this event and filter', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const widget = await open(page, '?timeline.stage=early');
  await widget.getByRole('button', { name: /ELIZA/ }).click();
  await widget.getByRole('button', { name: 'Copy link to this event and filter' }).click();
  await expect(widget.getByRole('button', { name: 'Link copied' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/\/en\/history\/\?timeline\.stage=early#e-1966-eliza$/);
});

test('bad URL parameters are ignored with a visible note', async ({ page }) => {
  const widget = await open(page, '?timeline.modality=smell&timeline.stage=99&timeline.zoom=2');
  const notes = widget.getByTestId('url-problems');
  await expect(notes).toContainText('timeline.modality=smell (not a valid value)');
  await expect(notes).toContainText('timeline.stage=99 (not a valid value)');
  await expect(notes).toContainText('timeline.zoom=2 (unknown setting)');
  await expect(widget.getByTestId('timeline-count')).toHaveText('Showing 30 of 30 events.');
  await page.goto(`${url}#e-1999-nothing`);
  await expect(page.getByTestId('event-card')).toHaveAttribute('data-event', 'e-1956-illiac-premiere');
});

test('the Chinese page shows the timeline in Chinese', async ({ page }) => {
  await page.goto('/zh/history/?timeline.stage=early#e-1984-ibm-dictation');
  const widget = page.getByTestId('aigc-timeline');
  await expect(widget.getByRole('radio', { name: '早期萌芽' })).toBeChecked();
  const card = widget.getByTestId('event-card');
  await expect(card).toContainText('IBM 的实时听写系统');
  await expect(card).toContainText('1984年');
  await expect(widget.getByTestId('timeline-count')).toHaveText('共 30 个事件，当前显示 6 个。');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every event is a card in a plain list, and a link to an event lands on it', async ({ page }) => {
    await page.goto(`${url}#e-1966-eliza`);
    const fallback = page.getByTestId('timeline-fallback');
    await expect(fallback).toBeVisible();
    await expect(fallback.locator('li[id^="e-"]')).toHaveCount(30);
    const eliza = page.locator('#e-1966-eliza');
    await expect(eliza).toContainText('ELIZA holds a conversation');
    await expect(eliza).toBeInViewport();
    await expect(page.locator('#e-2022-stylegan-xl')).toContainText("Not NVIDIA's fourth StyleGAN");
    await expect(page.locator('#e-2017-xiaoice-poems')).toContainText('Secondary source');
  });
});

test('print shows the whole list, not the interactive axis', async ({ page }) => {
  const widget = await open(page);
  await expect(widget).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('timeline-fallback')).toBeVisible();
  await expect(page.getByTestId('timeline-axis')).toBeHidden();
  await expect(page.locator('#e-2022-chatgpt')).toBeVisible();
});

test('quiz: answer a question with the keyboard', async ({ page }) => {
  await page.goto(`${url}#quiz`);
  const question = page.locator('[data-question="eliza-date"]');
  await question.getByRole('radio', { name: /January 1966/ }).focus();
  await page.keyboard.press('Space');
  await expect(question.getByRole('radio', { name: /January 1966/ })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(question.getByRole('button', { name: 'Check my answer' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('quiz-status-eliza-date')).toHaveText('Correct.');
  await expect(question).toContainText("Weizenbaum's paper appeared in January 1966");
});
