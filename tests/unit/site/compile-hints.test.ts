// The post-build step that asks V8 to compile the load-time scripts off the main thread: it must find exactly
// the scripts a page runs at load, and mark each once.
import { describe, expect, it } from 'vitest';
import { HINT, loadTimeScripts, withCompileHint } from '@/scripts/compile-hints.mjs';

describe('loadTimeScripts', () => {
  it('lists the chunks loaded by script tags, once each, and skips noModule polyfills and other files', () => {
    const html = [
      '<link rel="preload" as="script" href="/_next/static/chunks/preloaded.js"/>',
      '<script src="/_next/static/chunks/polyfill.js" noModule=""></script>',
      '<script src="/_next/static/chunks/turbopack-0a.js" async=""></script>',
      '<script src="/_next/static/chunks/39_j1b.js" async=""></script>',
      '<script src="/_next/static/chunks/39_j1b.js" async=""></script>',
      '<script src="/pagefind/pagefind.js"></script>',
      '<script>self.__next_f.push([0])</script>',
    ].join('');
    expect(loadTimeScripts(html)).toEqual(['/_next/static/chunks/turbopack-0a.js', '/_next/static/chunks/39_j1b.js']);
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
