/**
 * Serves dist/ (or another built folder) from 127.0.0.1 as a clinic's web
 * server would, for the scripts that drive built files in Chromium
 * (check-dist.mjs, bench.mjs, package/check-package.mjs): a few host pages
 * beside the built files, under the strict Content-Security-Policy clinics
 * use, optionally gzip-compressed, optionally with scripts sent late.
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

export const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

const dist = new URL('../dist/', import.meta.url);
const TYPES = { '.js': 'text/javascript', '.html': 'text/html', '.css': 'text/css', '.json': 'application/json' };

/** A host page that loads the module with one script tag, as EMBEDDING.md tells clinics to. */
export const hostPage = (
  body,
  { title = 'ldn-decision-aid', src = './ldn-decision-aid.js' } = {},
) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<script type="module" src="${src}"></script></head><body>${body}</body></html>`;

/**
 * Starts the server on a free port. `pages` maps a path to its text (HTML, CSS);
 * any other path is read from `root` (dist/; `/` is its index.html). With `gzip`,
 * every response is compressed (once, then kept, as a server with precompressed
 * files would). With `scriptDelay`, each script is sent that many milliseconds
 * late, so the page is painted before any script runs, as on a slow network.
 */
export async function serveDist({ pages = {}, gzip = false, root = dist, scriptDelay = 0 } = {}) {
  const folder = root instanceof URL ? root : pathToFileURL(root.endsWith('/') ? root : `${root}/`);
  const compressed = new Map();
  const server = createServer(async (req, res) => {
    const requested = new URL(req.url ?? '/', 'http://localhost').pathname;
    const path = requested.endsWith('/') ? `${requested}index.html` : requested;
    const headers = { 'Content-Security-Policy': CSP, 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' };
    try {
      if (path === '/favicon.ico') return res.writeHead(204, headers).end();
      let body = path in pages ? pages[path] : await readFile(new URL(`.${path}`, folder));
      if (scriptDelay && path.endsWith('.js')) await new Promise((resolve) => setTimeout(resolve, scriptDelay));
      if (gzip && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        if (!compressed.has(path)) compressed.set(path, gzipSync(body));
        body = compressed.get(path);
        Object.assign(headers, { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
      }
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404, headers).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}
