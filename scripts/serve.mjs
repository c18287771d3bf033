#!/usr/bin/env node
// Serves the static export in out/ on 127.0.0.1, the way a static host or CDN would: trailing-slash
// directories, index.html, out/404.html with status 404 for anything else, and brotli or gzip compression.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = path.resolve(fileURLToPath(new URL('..', import.meta.url)), process.env.OUT_DIR ?? 'out');
const args = process.argv.slice(2);
const portArg = args.indexOf('--port');
const port = Number(portArg >= 0 ? args[portArg + 1] : (process.env.PORT ?? 4173));
const host = process.env.HOST ?? '127.0.0.1';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
};

if (!existsSync(path.join(root, 'index.html'))) {
  console.error(`No built site in ${root}. Run "npm run build" first.`);
  process.exit(1);
}

const compressible = new Set(['.html', '.js', '.css', '.json', '.txt', '.xml', '.svg', '.ttf']);
const compressed = new Map();

function body(file, encoding) {
  const key = `${encoding}:${file}:${statSync(file).mtimeMs}`;
  let data = compressed.get(key);
  if (!data) {
    const raw = readFileSync(file);
    data =
      encoding === 'br'
        ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } })
        : encoding === 'gzip'
          ? gzipSync(raw, { level: 9 })
          : raw;
    compressed.set(key, data);
  }
  return data;
}

// Next's static export writes share images as extensionless files named opengraph-image.
const typeOf = (file) => (path.basename(file) === 'opengraph-image' ? 'image/png' : (types[path.extname(file)] ?? 'application/octet-stream'));

function send(req, res, status, file) {
  const accepts = String(req.headers['accept-encoding'] ?? '');
  const encoding = !compressible.has(path.extname(file)) ? 'identity' : /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : 'identity';
  const data = body(file, encoding);
  res.writeHead(status, {
    'content-type': typeOf(file),
    'content-length': data.length,
    vary: 'accept-encoding',
    ...(encoding === 'identity' ? {} : { 'content-encoding': encoding }),
    'cache-control': file.includes(`${path.sep}_next${path.sep}static${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  res.end(req.method === 'HEAD' ? undefined : data);
}

const server = createServer((req, res) => {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  } catch {
    res.writeHead(400).end('Bad request');
    return;
  }
  const file = path.join(root, pathname);
  if (!file.startsWith(root)) {
    res.writeHead(403).end('Forbidden');
    return;
  }
  if (existsSync(file) && statSync(file).isFile()) return send(req, res, 200, file);
  if (existsSync(path.join(file, 'index.html'))) {
    if (!pathname.endsWith('/')) {
      res.writeHead(308, { location: `${pathname}/` }).end();
      return;
    }
    return send(req, res, 200, path.join(file, 'index.html'));
  }
  send(req, res, 404, path.join(root, '404.html'));
});

server.listen(port, host, () => {
  console.log(`Serving ${path.relative(process.cwd(), root) || '.'} at http://${host}:${port}/`);
});
