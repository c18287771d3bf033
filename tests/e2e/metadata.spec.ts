// What search engines and link previews see: titles, descriptions, canonical and hreflang links, share
// images, robots.txt, and a sitemap whose every entry is a page that was built.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { chapterRoutes } from './helpers';

const out = path.join(process.cwd(), 'out');

test('the sitemap lists every built page in both languages, and only built pages', async ({ request }) => {
  const xml = await (await request.get('/sitemap.xml')).text();
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] as string).pathname);
  expect(locs.length).toBeGreaterThan(0);
  for (const loc of locs) expect(existsSync(path.join(out, loc, 'index.html')), loc).toBe(true);
  for (const route of chapterRoutes()) {
    expect(locs).toContain(route);
    expect(locs).toContain(`${route}slides/`);
  }
  expect(locs).toEqual(expect.arrayContaining(['/en/', '/zh/']));
  const alternates = [...xml.matchAll(/hreflang="([^"]+)"/g)].map((m) => m[1]);
  expect(new Set(alternates)).toEqual(new Set(['en', 'zh-CN']));
});

test('robots.txt allows crawling and names the sitemap', async ({ request }) => {
  const text = await (await request.get('/robots.txt')).text();
  expect(text).toMatch(/User-Agent: \*/i);
  expect(text).toMatch(/Allow: \//);
  expect(text).toMatch(/Sitemap: https?:\/\/[^ ]+\/sitemap\.xml/);
});

for (const route of chapterRoutes()) {
  test(`${route} has a title, description, canonical, hreflang and a share image`, async ({ page, request }) => {
    await page.goto(route);
    const head = page.locator('head');
    await expect(page).toHaveTitle(/ · /);
    expect((await head.locator('meta[name="description"]').getAttribute('content'))?.length ?? 0).toBeGreaterThan(40);
    const canonical = await head.locator('link[rel="canonical"]').getAttribute('href');
    expect(new URL(canonical as string).pathname).toBe(route);
    const hreflangs = await head.locator('link[rel="alternate"][hreflang]').evaluateAll((links) => links.map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href') ?? '').pathname]));
    const slug = route.split('/')[2];
    expect(hreflangs).toEqual(expect.arrayContaining([['en', `/en/${slug}/`], ['zh-CN', `/zh/${slug}/`], ['x-default', `/en/${slug}/`]]));
    await expect(head.locator('meta[property="og:title"]')).toHaveAttribute('content', /.+/);
    await expect(head.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
    const image = new URL((await head.locator('meta[property="og:image"]').getAttribute('content')) as string);
    const response = await request.get(image.pathname);
    expect(response.status()).toBe(200);
    const body = await response.body();
    expect(body.subarray(1, 4).toString()).toBe('PNG');
    expect(readFileSync(path.join(out, image.pathname)).length).toBe(body.length);
  });
}

test('slides point search engines at the reading view', async ({ page }) => {
  const [route] = chapterRoutes();
  await page.goto(`${route}slides/`);
  const canonical = await page.locator('head link[rel="canonical"]').getAttribute('href');
  expect(new URL(canonical as string).pathname).toBe(route);
});
