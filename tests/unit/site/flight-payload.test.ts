// The post-build step that drops the prose and formula HTML from the inlined React payload: it must read rows
// exactly as React's Flight client does, change nothing but `__html` strings the static page already holds,
// and refuse what it does not understand.
import { describe, expect, it } from 'vitest';
import { dropStaticHtml, parseRows, serializeRows, slimPage } from '@/scripts/flight-payload.mjs';

const enc = new TextEncoder();
const bytes = (s: string) => enc.encode(s).length;
const katex = '<span class="katex"><span class="katex-mathml">x²</span></span>';
const other = '<p>not a formula — 中文</p>';
const textRow = (id: string, text: string) => `${id}:T${bytes(text).toString(16)},${text}`;

const payload = [
  ':HL["/_next/static/chunks/a.css","style"]\n',
  '1:I[123,[],"default"]\n',
  textRow('2', katex),
  textRow('3', other),
  textRow('4', katex), // a formula string no __html points to: left alone
  '5:["$","span",null,{"className":"katex-display","dangerouslySetInnerHTML":{"__html":"$2"}}]\n',
  `6:["$","span",null,{"className":"katex","dangerouslySetInnerHTML":{"__html":${JSON.stringify(katex)}}}]\n`,
  '7:["$","script",null,{"dangerouslySetInnerHTML":{"__html":"document.documentElement.dataset.theme=\'dark\'"}}]\n',
  '8:["$","div",null,{"dangerouslySetInnerHTML":{"__html":"$3"}}]\n',
  '9:["$","p",null,{"dangerouslySetInnerHTML":{"__html":"$$2 is escaped, not a reference"}}]\n',
].join('');

describe('Flight rows', () => {
  it('reads text rows by their byte length, multi-byte text included, and writes them back unchanged', () => {
    const rows = parseRows(enc.encode(payload));
    expect(rows.map((r) => [r.id, r.tag, r.length])).toEqual([
      ['', 'H', false],
      ['1', 'I', false],
      ['2', 'T', true],
      ['3', 'T', true],
      ['4', 'T', true],
      ['5', '', false],
      ['6', '', false],
      ['7', '', false],
      ['8', '', false],
      ['9', '', false],
    ]);
    expect(new TextDecoder().decode(rows[3]!.data)).toBe(other);
    expect(new TextDecoder().decode(serializeRows(rows))).toBe(payload);
  });

  it('refuses a payload cut short or without ids instead of guessing', () => {
    expect(() => parseRows(enc.encode('2:T40,short'))).toThrow(/cut short/);
    expect(() => parseRows(enc.encode('1:["no newline"]'))).toThrow(/does not end/);
    expect(() => parseRows(enc.encode('zz:[1]\n'))).toThrow(/bad row id/);
  });
});

describe('dropStaticHtml', () => {
  it('empties only the strings __html uses, inline or as text rows, that the page already holds', () => {
    const { payload: out, removed } = dropStaticHtml(payload, (html) => html === katex || html.startsWith('$2'));
    const rows = parseRows(enc.encode(out));
    const text = (id: string) => new TextDecoder().decode(rows.find((r) => r.id === id)!.data);
    expect(text('2')).toBe('');
    expect(text('3')).toBe(other);
    expect(text('4')).toBe(katex);
    expect(text('6')).toContain('"__html":""');
    expect(text('7')).toContain("dataset.theme='dark'");
    expect(text('8')).toContain('"__html":"$3"');
    expect(text('9')).toContain('"__html":"$$2 is escaped, not a reference"');
    // Bytes, both ways: the text row's UTF-8 and the inline string as written in the JSON row.
    expect(removed).toBe(bytes(katex) + bytes(JSON.stringify(katex)) - 2);
  });
});

describe('slimPage', () => {
  const push = (value: unknown) => `<script>self.__next_f.push(${JSON.stringify(value).replace(/</g, '\\u003c')})</script>`;
  const cut = 60;
  const theme = "<script>document.documentElement.dataset.theme='dark'</script>";
  const page = `<html><head>${theme}</head><body><p>${katex}</p>${push([0])}${push([1, payload.slice(0, cut)])}<div>between</div>${push([1, payload.slice(cut)])}</body></html>`;

  it('joins the pushes, drops what the static HTML holds outside scripts and keeps everything else in place', () => {
    const { html, removed } = slimPage(page);
    expect(removed).toBeGreaterThan(0);
    expect(html).toContain(`<p>${katex}</p>`); // the static HTML keeps the formula
    expect(html).toContain('<div>between</div>');
    const pushes = [...html.matchAll(/self\.__next_f\.push\((\[.*?\])\)<\/script>/g)].map((m) => JSON.parse(m[1]!));
    expect(pushes).toEqual([[0], [1, dropStaticHtml(payload, (s) => s === katex).payload]]);
    expect(pushes[1][1]).toContain("dataset.theme='dark'"); // a script's text is not static content
    expect(html).not.toMatch(/push\(\[1,"[^\]]*<\/span>/); // "<" stays escaped inside the script
  });

  it('leaves a page without such strings alone and refuses binary pushes', () => {
    const plain = `<body>${push([0])}${push([1, '1:I[1,[],"x"]\n'])}</body>`;
    expect(slimPage(plain)).toEqual({ html: plain, removed: 0 });
    expect(() => slimPage(`${push([0])}${push([1, payload])}${push([3, 'AAAA'])}`)).toThrow(/binary or form state/);
  });
});
