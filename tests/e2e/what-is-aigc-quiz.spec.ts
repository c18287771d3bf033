// The what-is-aigc quiz: answering by keyboard, explanations after a wrong answer, progress, and the
// "predict, then try it" links that open the PGC / UGC / AIGC widget in a prepared state.
import { expect, test, type Page } from '@playwright/test';

async function openQuiz(page: Page, lang: 'en' | 'zh' = 'en') {
  await page.goto(`/${lang}/what-is-aigc/#quiz`);
  const quiz = page.locator('[data-quiz]');
  await quiz.scrollIntoViewIfNeeded();
  // The check buttons appear once the quiz has hydrated.
  await expect(quiz.getByRole('button', { name: lang === 'en' ? 'Check my answer' : '核对答案' }).first()).toBeVisible();
  return quiz;
}

test('keyboard: choose with the arrow keys, Tab to the check button, Enter says correct', async ({ page }) => {
  const quiz = await openQuiz(page);
  const question = quiz.getByRole('group', { name: 'Where is the term AIGC most at home?' });
  await question.getByRole('radio').first().focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(question.getByRole('radio', { name: /Chinese industry and policy writing/ })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(question.getByRole('button', { name: 'Check my answer' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(question.getByRole('status')).toHaveText('Correct.');
  await expect(question.locator('.quiz-why')).toHaveCount(4);
});

test('keyboard: Space chooses the focused option', async ({ page }) => {
  const quiz = await openQuiz(page);
  const question = quiz.getByRole('group', { name: /white paper on AIGC appeared in September 2022/ });
  await question.getByRole('radio').first().focus();
  await page.keyboard.press('Space');
  await expect(question.getByRole('radio').first()).toBeChecked();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(question.getByRole('status')).toHaveText('Correct.');
});

test('a wrong answer says so and shows why each option is right or wrong', async ({ page }) => {
  const quiz = await openQuiz(page);
  const question = quiz.getByRole('group', { name: /white paper on AIGC appeared in September 2022/ });
  await expect(question.locator('.quiz-why')).toHaveCount(0);
  await question.getByText('They came out in the same week').click();
  await question.getByRole('button', { name: 'Check my answer' }).click();
  await expect(question.getByRole('status')).toHaveText('Not quite. The explanations are under each option.');
  const why = question.locator('.quiz-why');
  await expect(why).toHaveCount(4);
  await expect(why.nth(0)).toContainText('Right. ChatGPT was introduced on 30 November 2022');
  await expect(why.nth(2)).toContainText('About two months separate them');
  await question.getByRole('button', { name: 'Try again' }).click();
  await expect(question.locator('.quiz-why')).toHaveCount(0);
  await expect(question.getByRole('status')).toHaveText('');
});

test('progress counts checked questions and survives a reload', async ({ page }) => {
  const quiz = await openQuiz(page);
  const progress = quiz.locator('.quiz-progress');
  await expect(progress).toHaveText('0 of 6 answered on this device');
  const first = quiz.getByRole('group', { name: 'Where is the term AIGC most at home?' });
  await first.getByRole('radio').first().check();
  await expect(progress).toHaveText('0 of 6 answered on this device');
  await first.getByRole('button', { name: 'Check my answer' }).click();
  await expect(progress).toHaveText('1 of 6 answered on this device');
  const cost = quiz.getByRole('group', { name: /what does one usable piece still cost/ });
  await cost.getByRole('button', { name: 'Show the answer' }).click();
  // Option D is the answer; revealing marks it and counts the question as answered.
  await expect(cost.getByRole('radio').nth(3)).toBeChecked();
  await expect(cost.locator('.quiz-why')).toHaveCount(4);
  await expect(progress).toHaveText('2 of 6 answered on this device');
  await page.reload();
  await expect(page.locator('[data-quiz] .quiz-progress')).toHaveText('2 of 6 answered on this device');
});

test('predict link: keeping 1 draft in 100 opens the widget at that share, showing 100 units', async ({ page }) => {
  const quiz = await openQuiz(page);
  const question = quiz.getByRole('group', { name: /keeps only 1 draft in 100/ });
  await expect(question.getByText('Predict, then try it')).toBeVisible();
  await question.getByRole('radio', { name: /as much as a professional piece/ }).check();
  await question.getByRole('button', { name: 'Check my answer' }).click();
  await expect(question.getByRole('status')).toHaveText('Correct.');
  await question.getByRole('link', { name: 'Try it in the widget' }).click();
  await expect(page).toHaveURL(/\/en\/what-is-aigc\/\?modes\.keep=1#aigc-mode$/);
  const widget = page.getByTestId('production-modes');
  await widget.scrollIntoViewIfNeeded();
  await expect(widget.getByTestId('keep-slider')).toHaveValue('1');
  await expect(widget.getByTestId('keep-result')).toContainText('costs about 100 units (a professional piece: 100)');
  await expect(widget.getByTestId('keep-result')).toContainText('reviewing 1000 drafts');
  await expect(widget.getByTestId('url-problems')).toHaveCount(0);
});

test('predict link: spread of quality opens the widget on that dimension, with UGC highest', async ({ page }) => {
  const quiz = await openQuiz(page);
  const question = quiz.getByRole('group', { name: /spread of quality, which mode gets the highest rating/ });
  await question.getByRole('link', { name: 'Try it in the widget' }).click();
  await expect(page).toHaveURL(/\?modes\.dim=qualitySpread#aigc-mode$/);
  const widget = page.getByTestId('production-modes');
  await widget.scrollIntoViewIfNeeded();
  await expect(widget.getByRole('radio', { name: 'Spread of quality' })).toBeChecked();
  await expect(widget.getByRole('img')).toHaveAttribute('aria-label', 'Spread of quality: PGC (professionals) 1/5, UGC (users) 5/5, AIGC (models + people) 4/5');
});

test('the Chinese quiz answers by keyboard in Chinese', async ({ page }) => {
  const quiz = await openQuiz(page, 'zh');
  await expect(quiz.locator('.quiz-progress')).toHaveText('本设备上已作答 0 / 6 题');
  const question = quiz.getByRole('group', { name: 'AIGC 这个词最常出现在哪里？' });
  await question.getByRole('radio').first().focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(question.getByRole('status')).toHaveText('答对了。');
  await expect(quiz.locator('.quiz-progress')).toHaveText('本设备上已作答 1 / 6 题');
  await expect(quiz.getByRole('link', { name: '到互动组件里试一试' })).toHaveCount(2);
});
