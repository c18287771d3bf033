// Site search (Pagefind, built into out/pagefind): one index per language, opened with "/" or the button,
// results that land on the section, and no request leaving the site.
import { expect, test } from '@playwright/test';
import { open, watch } from './helpers';

const cases = [
  { lang: 'en', query: 'portals', section: 'pgc', heading: /PGC/ },
  { lang: 'zh', query: '门户网站', section: 'pgc', heading: /PGC/ },
];

for (const { lang, query, section, heading } of cases) {
  test(`searching "${query}" in ${lang} reaches its section`, async ({ page }) => {
    const problems = watch(page);
    await open(page, `/${lang}/`);
    await page.keyboard.press('/');
    const input = page.getByTestId('search-input');
    await expect(input).toBeFocused();
    await input.fill(query);
    const first = page.getByTestId('search-results').getByRole('link').first();
    await expect(first).toHaveAttribute('href', new RegExp(`^/${lang}/what-is-aigc/#${section}$`));
    await first.click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/what-is-aigc/#${section}$`));
    await expect(page.locator(`#${section}`)).toHaveText(heading);
    expect(problems.list).toEqual([]);
  });
}

test('the English index does not return Chinese pages, and a miss says so', async ({ page }) => {
  await open(page, '/en/what-is-aigc/');
  await page.getByTestId('search-open').click();
  await page.getByTestId('search-input').fill('门户网站');
  await expect(page.getByRole('dialog')).toContainText('Nothing found');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
});

test('"/" typed into a field is just a character', async ({ page }) => {
  await open(page, '/en/what-is-aigc/#aigc-mode');
  await page.locator('[data-widget="production-modes"]').scrollIntoViewIfNeeded();
  const field = page.getByTestId('keep-input');
  await field.fill('');
  await field.press('/');
  await expect(page.getByRole('dialog')).toBeHidden();
});
