// Reads and rewrites the React Server Components payload that Next inlines into each exported page
// (`self.__next_f.push([1, "..."])`). Used by slim-payload.mjs after the build; pure functions, unit-tested.
//
// The payload is a sequence of rows, `<hex id>:<tag?><data>`. Rows tagged T (text) and the typed-array tags carry
// their length in bytes (`<hex id>:T<hex length>,<bytes>`); every other row is JSON ending in a newline. This
// follows React 19's Flight client (processBinaryChunk); an input it does not understand is an error, never a guess.

const LENGTH_TAGS = new Set('TAObUSsLlGgMmVo'.split(''));
const LINE_TAGS_EXTRA = new Set(['#', 'r', 'x']);
const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

/** @param {Uint8Array} bytes */
export function parseRows(bytes) {
  const rows = [];
  let i = 0;
  while (i < bytes.length) {
    const colon = bytes.indexOf(58, i);
    if (colon < 0) throw new Error(`payload: row at byte ${i} has no id`);
    const id = decoder.decode(bytes.subarray(i, colon));
    if (!/^[0-9a-f]*$/.test(id)) throw new Error(`payload: bad row id "${id.slice(0, 20)}" at byte ${i}`);
    i = colon + 1;
    const tag = String.fromCharCode(bytes[i] ?? 0);
    if (LENGTH_TAGS.has(tag)) {
      const comma = bytes.indexOf(44, i + 1);
      const hex = decoder.decode(bytes.subarray(i + 1, comma));
      if (comma < 0 || !/^[0-9a-f]+$/.test(hex)) throw new Error(`payload: row ${id} (${tag}) has no length`);
      const length = parseInt(hex, 16);
      const start = comma + 1;
      if (start + length > bytes.length) throw new Error(`payload: row ${id} (${tag}) is cut short`);
      rows.push({ id, tag, data: bytes.subarray(start, start + length), length: true });
      i = start + length;
    } else {
      const hasTag = (tag >= 'A' && tag <= 'Z') || LINE_TAGS_EXTRA.has(tag);
      const start = hasTag ? i + 1 : i;
      const end = bytes.indexOf(10, start);
      if (end < 0) throw new Error(`payload: row ${id} does not end`);
      rows.push({ id, tag: hasTag ? tag : '', data: bytes.subarray(start, end), length: false });
      i = end + 1;
    }
  }
  return rows;
}

/** @param {{ id: string, tag: string, data: Uint8Array, length: boolean }[]} rows */
export function serializeRows(rows) {
  const parts = [];
  for (const row of rows) {
    if (row.length) parts.push(encoder.encode(`${row.id}:${row.tag}${row.data.length.toString(16)},`), row.data);
    else parts.push(encoder.encode(`${row.id}:${row.tag}`), row.data, encoder.encode('\n'));
  }
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * Empties the HTML strings that `dangerouslySetInnerHTML.__html` carries in the payload (the chapter's prose
 * and formulas, folded into strings at compile time), both text rows that an `__html` points to and strings
 * written inline in JSON rows, when `inPage` finds the same string in the page's static HTML. The static HTML
 * already holds that content, React does not compare `__html` while hydrating, and server-rendered parts never
 * render again on the client, so the browser would only parse the strings to throw them away. Returns the new
 * payload and how many bytes went.
 * @param {string} payload
 * @param {(html: string) => boolean} inPage
 */
export function dropStaticHtml(payload, inPage) {
  const rows = parseRows(encoder.encode(payload));
  const referenced = new Set();
  const inline = /"__html":"((?:[^"\\]|\\.)*)"/g;
  let removed = 0;
  for (const row of rows) {
    if (row.length) continue;
    const text = decoder.decode(row.data);
    for (const m of text.matchAll(/"__html":"\$([0-9a-f]+)"/g)) referenced.add(m[1]);
    const next = text.replace(inline, (whole, value) => {
      const html = JSON.parse(`"${value}"`);
      if (html === '' || html.startsWith('$') || !inPage(html)) return whole;
      removed += encoder.encode(value).length;
      return '"__html":""';
    });
    if (next !== text) row.data = encoder.encode(next);
  }
  for (const row of rows) {
    if (!row.length || row.tag !== 'T' || !referenced.has(row.id) || row.data.length === 0) continue;
    if (!inPage(decoder.decode(row.data))) continue;
    removed += row.data.length;
    row.data = new Uint8Array(0);
  }
  return { payload: decoder.decode(serializeRows(rows)), removed };
}

const PUSH = /<script>self\.__next_f\.push\((\[.*?\])\)<\/script>/gs;

/** Next writes `<`, `>`, `&` and the JS line separators as \u escapes so a string cannot end the script. */
function scriptSafeJson(value) {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The page's HTML without its scripts: what the reader's browser builds the page from before any script runs. */
const withoutScripts = (html) => html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');

/**
 * Rewrites one exported page: joins its payload strings, drops the HTML strings the static page already holds,
 * and writes the result as one push where the first one was. Pages without such strings come back unchanged.
 * @param {string} html
 */
export function slimPage(html) {
  const pushes = [...html.matchAll(PUSH)].map((m) => ({ whole: m[0], index: m.index ?? 0, value: JSON.parse(m[1]) }));
  const strings = pushes.filter((p) => Array.isArray(p.value) && p.value[0] === 1 && typeof p.value[1] === 'string');
  if (strings.length === 0) return { html, removed: 0 };
  if (pushes.some((p) => !Array.isArray(p.value) || (p.value[0] !== 1 && p.value[0] !== 0))) {
    throw new Error('payload: a push that is neither bootstrap nor text (binary or form state); not rewriting');
  }
  const staticHtml = withoutScripts(html);
  const { payload, removed } = dropStaticHtml(strings.map((p) => p.value[1]).join(''), (s) => staticHtml.includes(s));
  if (removed === 0) return { html, removed: 0 };
  const first = strings[0];
  let out = '';
  let at = 0;
  for (const p of strings) {
    out += html.slice(at, p.index);
    if (p === first) out += `<script>self.__next_f.push(${scriptSafeJson([1, payload])})</script>`;
    at = p.index + p.whole.length;
  }
  out += html.slice(at);
  return { html: out, removed };
}
