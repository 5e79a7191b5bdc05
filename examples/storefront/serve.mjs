// A tiny server for the demo shop: serves public/, the widget build under /grapevine/, includes
// the Grapevine snippet into every page, the way a shop's layout template would, and runs the
// shop's backend under /api/ (backend/shop-api.mjs: coupon check, orders, refunds, talking to
// Grapevine server to server). Used by `pnpm demo` and by the end-to-end tests. Binds to
// 127.0.0.1 only.
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { shopApi } from './backend/shop-api.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json; charset=utf-8',
};
const INCLUDE = '<!-- #include grapevine-snippet -->';
// Browsers ask for /favicon.ico on every page; a real file keeps the console free of 404s.
const FAVICON =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><circle cx="16" cy="16" r="16" fill="#1f5c45"/><text x="16" y="22" font-size="16" text-anchor="middle">☕</text></svg>';

/** Resolves `path` inside `root`, or undefined when it would escape it. */
function inside(root, path) {
  const full = resolve(root, `.${normalize(`/${path}`)}`);
  return full === root || full.startsWith(root + sep) ? full : undefined;
}

async function fileOrIndex(path) {
  const info = await stat(path).catch(() => undefined);
  if (info?.isDirectory()) return join(path, 'index.html');
  return info?.isFile() ? path : undefined;
}

/**
 * Starts the shop.
 * @param {{
 *   port?: number, host?: string, apiUrl: string | (() => string), widgetDir: string,
 *   siteKey?: string, apiSecret: string, now?: () => number, log?: (message: string) => void
 * }} options
 *   `apiUrl` may be a function when the API starts after the shop (it needs the shop's origin).
 *   `apiSecret` signs the backend's calls to Grapevine; it never reaches a page. `now` is the
 *   shop's clock (the demo moves it with the server's).
 * @returns {Promise<{ url: string, close(): Promise<void> }>}
 */
export async function startStorefront({
  port = 0,
  host = '127.0.0.1',
  apiUrl,
  widgetDir,
  siteKey = 'fika-demo',
  apiSecret,
  now,
  log,
}) {
  const publicDir = resolve(here, 'public');
  const widgetRoot = resolve(widgetDir);
  const snippetTemplate = await readFile(join(here, 'grapevine-snippet.html'), 'utf8');
  const snippet = () =>
    snippetTemplate.replaceAll('{{API_URL}}', resolveApiUrl()).replaceAll('{{SITE_KEY}}', siteKey);

  const resolveApiUrl = typeof apiUrl === 'function' ? apiUrl : () => apiUrl;
  const api = shopApi({
    apiUrl: resolveApiUrl,
    siteKey,
    apiSecret,
    ...(now ? { now } : {}),
    ...(log ? { log } : {}),
  });

  const server = createServer(async (request, response) => {
    try {
      const url = new URL(request.url ?? '/', 'http://localhost');
      if (await api(request, response, url.pathname)) return;
      if (url.pathname === '/favicon.ico') {
        response.writeHead(200, { 'content-type': TYPES['.svg'], 'cache-control': 'max-age=3600' });
        response.end(FAVICON);
        return;
      }
      const [root, rest] = url.pathname.startsWith('/grapevine/')
        ? [widgetRoot, url.pathname.slice('/grapevine'.length)]
        : [publicDir, url.pathname];
      const candidate = inside(root, decodeURIComponent(rest));
      const file = candidate && (await fileOrIndex(candidate));
      if (!file) {
        response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
        response.end('Not found');
        return;
      }
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      let body = await readFile(file);
      if (extname(file) === '.html')
        body = Buffer.from(body.toString('utf8').replace(INCLUDE, snippet()));
      response.writeHead(200, { 'content-type': type, 'cache-control': 'no-cache' });
      response.end(body);
    } catch (error) {
      response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(`Storefront error: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, done);
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://${host}:${actualPort}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
