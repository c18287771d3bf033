// InstructGPT's three steps and the uses widget on the chatgpt page: mouse, keyboard, URL presets, bad URL values,
// copying a prompt (with and without clipboard permission), 375 px, Chinese, and axe on both live widgets.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

async function openWidget(page: Page, testId: string, section: string, search = '', lang = 'en') {
  await page.goto(`/${lang}/chatgpt/${search}#${section}`);
  await page.locator('html[data-hydrated]').waitFor({ state: 'attached', timeout: 20_000 });
  const widget = page.getByTestId(testId);
  await widget.scrollIntoViewIfNeeded();
  await expect(widget).toBeVisible();
  return widget;
}

const steps = (page: Page, search = '', lang = 'en') => openWidget(page, 'instructgpt-steps', 'instructgpt-steps', search, lang);
const uses = (page: Page, search = '', lang = 'en') => openWidget(page, 'use-prompts', 'uses', search, lang);

test.describe('InstructGptSteps', () => {
  test('mouse: tabs and next/previous walk SFT → reward model → PPO with the paper’s figures', async ({ page }) => {
    const widget = await steps(page);
    await expect(widget.getByTestId('steps-status')).toHaveText('Step 1 of 3: SFT');
    await expect(widget.getByRole('tab', { name: /SFT/ })).toHaveAttribute('aria-selected', 'true');
    await expect(widget.locator('[data-figure="sft-prompts"]')).toContainText('about 13,000');
    await expect(widget.locator('[data-figure="labellers"]')).toContainText('about 40');
    await expect(widget.locator('[data-figure="model-sizes"]')).toContainText('1.3B, 6B, 175B');

    await widget.getByTestId('step-next').click();
    await expect(widget.getByTestId('steps-status')).toHaveText('Step 2 of 3: Reward model');
    await expect(page).toHaveURL(/steps\.step=rm/);
    await expect(widget.locator('[data-figure="rm-prompts"]')).toContainText('about 33,000');
    await expect(widget.locator('[data-figure="rm-size"]')).toContainText('6B');
    await expect(widget.locator('[data-figure="k-range"]')).toContainText('4 to 9');
    await expect(widget.locator('[data-figure="comparisons-range"]')).toContainText('6 to 36');
    await expect(widget.locator('[data-figure="batch"]')).toContainText('up to 2,304');
    await expect(widget.getByTestId('k-result')).toHaveText('K = 4 answers give C(4, 2) = 6 comparisons for the reward model.');
    await expect(widget.getByTestId('k-pairs').locator('li')).toHaveCount(6);
    await widget.locator('label', { has: page.getByTestId('k-9') }).click();
    await expect(widget.getByTestId('k-result')).toContainText('C(9, 2) = 36 comparisons');
    await expect(widget.getByTestId('k-pairs').locator('li')).toHaveCount(36);
    await expect(page).toHaveURL(/steps\.k=9/);

    await widget.getByRole('tab', { name: /PPO/ }).click();
    await expect(widget.getByTestId('steps-status')).toHaveText('Step 3 of 3: PPO');
    await expect(widget.locator('[data-figure="ppo-prompts"]')).toContainText('about 31,000');
    await expect(widget.locator('[data-figure="beta"]')).toContainText('0.02');
    await expect(widget.locator('[data-figure="gamma"]')).toContainText('27.8');
    await expect(widget.getByTestId('step-panel')).toContainText('API customers only');
    // At the last step, "next" stays put; "previous" goes back.
    await expect(widget.getByTestId('step-next')).toHaveAttribute('aria-disabled', 'true');
    await widget.getByTestId('step-next').click({ force: true });
    await expect(widget.getByTestId('steps-status')).toHaveText('Step 3 of 3: PPO');
    await widget.getByTestId('step-prev').click();
    await expect(widget.getByTestId('steps-status')).toHaveText('Step 2 of 3: Reward model');
  });

  test('keyboard: arrow keys, Home and End move between the tabs and focus follows', async ({ page }) => {
    const widget = await steps(page);
    await widget.getByRole('tab', { name: /SFT/ }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(widget.getByRole('tab', { name: /Reward model/ })).toBeFocused();
    await expect(widget.getByRole('tab', { name: /Reward model/ })).toHaveAttribute('aria-selected', 'true');
    await expect(widget.getByTestId('steps-status')).toHaveText('Step 2 of 3: Reward model');
    await page.keyboard.press('End');
    await expect(widget.getByRole('tab', { name: /PPO/ })).toBeFocused();
    await expect(widget.getByTestId('step-title')).toHaveText('Step 3: reinforcement learning with PPO');
    await page.keyboard.press('ArrowRight');
    await expect(widget.getByRole('tab', { name: /PPO/ })).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Home');
    await expect(widget.getByRole('tab', { name: /SFT/ })).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(widget.getByTestId('steps-status')).toHaveText('Step 1 of 3: SFT');
    // Only the selected tab is in the tab order; Tab goes on into the panel.
    await page.keyboard.press('Tab');
    await expect(widget.getByRole('tabpanel')).toBeFocused();
    // The K radios of the reward-model step work with the arrow keys.
    await widget.getByRole('tab', { name: /Reward model/ }).click();
    await widget.getByTestId('k-4').focus();
    await page.keyboard.press('ArrowRight');
    await expect(widget.getByTestId('k-result')).toContainText('C(5, 2) = 10 comparisons');
  });

  test('URL preset opens the reward-model step with K = 9', async ({ page }) => {
    const widget = await steps(page, '?steps.step=rm&steps.k=9');
    await expect(widget.getByRole('tab', { name: /Reward model/ })).toHaveAttribute('aria-selected', 'true');
    await expect(widget.getByTestId('k-result')).toContainText('C(9, 2) = 36 comparisons');
    await expect(widget.getByTestId('url-problems')).toHaveCount(0);
  });

  test('bad URL values are named in a visible note and the defaults are kept', async ({ page }) => {
    const widget = await steps(page, '?steps.step=xyz&steps.k=12');
    const note = widget.getByTestId('url-problems');
    await expect(note).toBeVisible();
    await expect(note).toContainText('steps.step=xyz');
    await expect(note).toContainText('steps.k=12 (out of range)');
    await expect(widget.getByTestId('steps-status')).toHaveText('Step 1 of 3: SFT');
    await widget.getByRole('tab', { name: /Reward model/ }).click();
    await expect(widget.getByTestId('k-result')).toContainText('C(4, 2) = 6 comparisons');
    await expect(widget).not.toContainText('NaN');
  });

  test('Chinese: labels and figures in Chinese units', async ({ page }) => {
    const widget = await steps(page, '?steps.step=rm', 'zh');
    await expect(widget.getByTestId('steps-status')).toHaveText('第 2 步（共 3 步）：奖励模型');
    await expect(widget.locator('[data-figure="rm-prompts"]')).toContainText('约 3.3 万');
    await expect(widget.locator('[data-figure="rm-size"]')).toContainText('60 亿');
    await expect(widget.locator('[data-figure="batch"]')).toContainText('最多 2,304');
  });
});

test.describe('UsePrompts', () => {
  test('mouse: picking a use shows its prompt and what to check, and puts it in the URL', async ({ page }) => {
    const widget = await uses(page);
    await expect(widget.getByTestId('use-name')).toHaveText('Slogan writing');
    await widget.getByLabel('Entity extraction').check();
    await expect(widget.getByTestId('use-name')).toHaveText('Entity extraction');
    await expect(widget.getByTestId('use-prompt')).toContainText('Maria Lopez');
    await expect(widget.getByTestId('use-checks')).toContainText('Every item must really appear in the text');
    await expect(page).toHaveURL(/uses\.use=entities/);
    await expect(widget.getByRole('radio')).toHaveCount(8);
  });

  test('copy: the prompt reaches the clipboard and a live message says so', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const widget = await uses(page, '?uses.use=intent');
    await widget.getByTestId('copy-prompt').click();
    await expect(widget.getByRole('status').filter({ hasText: 'Prompt copied' })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe('Classify this message as one of: order status, refund, complaint, other. Reply with the label only.\nMessage: My parcel still hasn’t arrived.');
    // Picking another use clears the message.
    await widget.getByLabel('Risk detection').check();
    await expect(widget.getByTestId('copy-status')).toHaveText('');
  });

  test('copy without clipboard permission: the prompt is selected and the reader is told to press Ctrl+C', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')) },
      });
    });
    const widget = await uses(page, '?uses.use=typos');
    await widget.getByTestId('copy-prompt').click();
    await expect(widget.getByTestId('copy-status')).toContainText('press Ctrl+C');
    const selected = await page.evaluate(() => window.getSelection()?.toString() ?? '');
    expect(selected).toContain('Our libary will be closed on Wensday');
    await expect(widget.getByTestId('use-prompt')).toBeFocused();
  });

  test('keyboard: arrow keys move through the uses, Enter on the copy button copies', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const widget = await uses(page);
    await widget.getByLabel('Slogan writing').focus();
    await page.keyboard.press('ArrowRight');
    await expect(widget.getByTestId('use-name')).toHaveText('Sentence similarity');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(widget.getByTestId('use-name')).toHaveText('Question–answer matching');
    await widget.getByTestId('copy-prompt').focus();
    await page.keyboard.press('Enter');
    await expect(widget.getByTestId('copy-status')).toContainText('Prompt copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('Can I return shoes I have already worn outside?');
  });

  test('URL preset and bad URL value', async ({ page }) => {
    let widget = await uses(page, '?uses.use=risk');
    await expect(widget.getByTestId('use-name')).toHaveText('Risk detection');
    await expect(widget.getByLabel('Risk detection')).toBeChecked();
    widget = await uses(page, '?uses.use=poetry');
    await expect(widget.getByTestId('url-problems')).toContainText('uses.use=poetry (not a valid value)');
    await expect(widget.getByTestId('use-name')).toHaveText('Slogan writing');
  });

  test('Chinese: the prompt is Chinese and copies as such', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const widget = await uses(page, '?uses.use=intent', 'zh');
    await expect(widget.getByTestId('use-name')).toHaveText('意图识别');
    await widget.getByRole('button', { name: '复制提示' }).click();
    await expect(widget.getByTestId('copy-status')).toContainText('提示已复制');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('我的包裹到现在还没到');
  });
});

test('in the slides, arrow keys on a step tab move the stepper, not the deck', async ({ page }) => {
  await page.goto('/en/chatgpt/slides/#instructgpt-steps');
  await page.locator('html[data-hydrated]').waitFor({ state: 'attached', timeout: 20_000 });
  await page.locator('[data-widget="instructgpt-steps"]').scrollIntoViewIfNeeded();
  const widget = page.getByTestId('instructgpt-steps');
  await expect(widget).toBeVisible();
  await widget.getByRole('tab', { name: /SFT/ }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(widget.getByTestId('steps-status')).toHaveText('Step 2 of 3: Reward model');
  await expect(page).toHaveURL(/#instructgpt-steps$/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the static versions show all three steps with their figures and all eight prompts', async ({ page }) => {
    await page.goto('/en/chatgpt/');
    const stepsStatic = page.locator('[data-widget="instructgpt-steps"] .widget-fallback');
    await expect(stepsStatic.locator('figure > ol > li')).toHaveCount(3);
    for (const text of ['Step 1: supervised fine-tuning (SFT)', 'about 13,000', 'about 33,000', 'about 31,000', 'about 40', '6 to 36', 'up to 2,304', '27.8']) {
      await expect(stepsStatic).toContainText(text);
    }
    const usesStatic = page.locator('[data-widget="use-prompts"] .widget-fallback');
    await expect(usesStatic.locator('figure > ol > li')).toHaveCount(8);
    await expect(usesStatic).toContainText('My parcel still hasn’t arrived.');
  });
});

async function fitsAndPassesAxe(page: Page, testId: string, label: string) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, label).toBeLessThanOrEqual(0);
  const box = await page.getByTestId(testId).boundingBox();
  expect(box && box.x >= 0 && box.x + box.width <= 375, label).toBe(true);
  const results = await new AxeBuilder({ page })
    .include(`[data-testid="${testId}"]`)
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), label).toEqual([]);
}

test('375 px: both widgets fit without horizontal scroll, and axe finds no violation in them', async ({ page }) => {
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 375, height: 800 });
  for (const lang of ['en', 'zh']) {
    const s = await steps(page, '?steps.step=rm&steps.k=9', lang);
    await expect(s.getByTestId('k-pairs').locator('li')).toHaveCount(36);
    await fitsAndPassesAxe(page, 'instructgpt-steps', `${lang} steps`);
    const u = await uses(page, '?uses.use=qa-matching', lang);
    await expect(u.getByTestId('use-prompt')).toBeVisible();
    await fitsAndPassesAxe(page, 'use-prompts', `${lang} uses`);
  }
});
