// The post-build step that decides how pages load their scripts: after the first paint, and compiled off the
// main thread. It must move exactly the page's own async chunk scripts, keep their order, leave everything
// else where it was, and mark each script once.
import { describe, expect, it } from 'vitest';
import { HINT, deferScripts, pageScripts, withCompileHint } from '@/scripts/script-loading.mjs';

const page = [
  '<html><head>',
  '<link rel="stylesheet" href="/_next/static/chunks/a.css"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/0xa.js"/>',
  '<link rel="preload" as="script" href="/elsewhere.js"/>',
  '<script src="/_next/static/chunks/3o0.js" async=""></script>',
  '<script src="/_next/static/chunks/39_j.js" async=""></script>',
  '<script src="/_next/static/chunks/poly.js" noModule=""></script>',
  '<script src="/_next/static/chunks/0xa.js" async=""></script>',
  '<script src="/_next/static/chunks/39_j.js" async=""></script>',
  '<script src="/pagefind/pagefind-ui.js" async=""></script>',
  "<script>document.documentElement.dataset.theme='dark'</script>",
  '</head><body><p>Text</p><script>self.__next_f.push([0])</script></body></html>',
].join('');

describe('deferScripts', () => {
  const { html, scripts } = deferScripts(page);

  it('takes out the async chunk scripts and their preloads, once each and in order', () => {
    expect(scripts).toEqual(['/_next/static/chunks/3o0.js', '/_next/static/chunks/39_j.js', '/_next/static/chunks/0xa.js']);
    expect(html).not.toContain('<script src="/_next/static/chunks/3o0.js"');
    expect(html).not.toContain('rel="preload" as="script" fetchPriority="low"');
  });

  it('leaves every other script, link and the payload where they were', () => {
    expect(html).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css"/>');
    expect(html).toContain('<link rel="preload" as="script" href="/elsewhere.js"/>');
    expect(html).toContain('<script src="/_next/static/chunks/poly.js" noModule=""></script>');
    expect(html).toContain('<script src="/pagefind/pagefind-ui.js" async=""></script>');
    expect(html).toContain("<script>document.documentElement.dataset.theme='dark'</script>");
    expect(html.indexOf('<p>Text</p><script>self.__next_f.push([0])</script>')).toBeGreaterThan(0);
  });

  it('ends the body with a loader that adds the same scripts after the first frame', () => {
    const loader = /<script>(\(function\(\)\{.*\}\)\(\))<\/script><\/body><\/html>$/.exec(html)?.[1];
    expect(loader).toBeDefined();
    const added: string[] = [];
    const frames: (() => void)[] = [];
    const timers: (() => void)[] = [];
    const document = { visibilityState: 'visible', createElement: () => ({}) as { src?: string }, head: { appendChild: (e: { src: string; async: boolean }) => added.push(`${e.src}${e.async ? ' async' : ''}`) } };
    new Function('document', 'requestAnimationFrame', 'setTimeout', loader!)(document, (f: () => void) => frames.push(f), (f: () => void) => timers.push(f));
    expect(added).toEqual([]); // nothing before the first frame is painted
    frames.forEach((f) => f());
    expect(added).toEqual([]);
    timers.forEach((f) => f());
    expect(added).toEqual(scripts.map((s) => `${s} async`));
  });

  it('leaves a page without chunk scripts unchanged', () => {
    const plain = '<html><body><script src="/pagefind/pagefind-ui.js" async=""></script></body></html>';
    expect(deferScripts(plain)).toEqual({ html: plain, scripts: [] });
  });
});

describe('pageScripts', () => {
  it('counts the scripts a page loads at start, whether written as tags or added by the loader', () => {
    const before = pageScripts(page);
    const after = pageScripts(deferScripts(page).html);
    expect(after.sort()).toEqual(before.sort());
    expect(after).toContain('/_next/static/chunks/39_j.js');
    expect(after).not.toContain('/_next/static/chunks/poly.js');
  });
});

describe('withCompileHint', () => {
  it('puts the magic comment on the first line, once', () => {
    const once = withCompileHint('(globalThis.TURBOPACK||[]).push([])');
    expect(once).toBe(`${HINT}\n(globalThis.TURBOPACK||[]).push([])`);
    expect(withCompileHint(once)).toBe(once);
    expect(HINT).toBe('//# allFunctionsCalledOnLoad');
  });
});
