// The UI harness for Playwright: bundles src/ui/index.ts with Vite's build() in library mode
// (in memory, nothing written), and serves it with a tiny node:http server on 127.0.0.1 under
// a strict Content-Security-Policy (`default-src 'self'`, no unsafe-inline, no unsafe-eval).
import { readdir, readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { build, type Rolldown } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const widgetRoot = here('../../../');
const repoRoot = here('../../../../../');

export const CSP = "default-src 'self'";

export interface Harness {
  origin: string;
  close(): Promise<void>;
}

/**
 * Bundles the UI as the runtime loads it: ESM, minified, Preact included, one entry
 * (`ui.js`) plus a chunk per prompt kind. Returns each file's code by name.
 */
export async function bundleUi(): Promise<Record<string, string>> {
  const result = await build({
    configFile: false,
    root: widgetRoot,
    logLevel: 'silent',
    resolve: { conditions: ['@grapevine/source', 'browser', 'module', 'import', 'default'] },
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    build: {
      write: false,
      minify: true,
      lib: { entry: 'src/ui/index.ts', formats: ['es'], fileName: 'ui' },
      // Library-mode ES output is only minified when the output options ask for it.
      rolldownOptions: { output: { minify: true } },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const files: Record<string, string> = {};
  for (const item of outputs.flatMap((output) => output.output)) {
    if (item.type === 'chunk') files[`/${item.fileName}`] = item.code;
  }
  if (!files['/ui.js'])
    throw new Error(`Vite produced no ui.js (got ${Object.keys(files).join(', ')})`);
  return files;
}

const page = (title: string, extraHead = '') => `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>${extraHead}
<link rel="stylesheet" href="/shop.css">
<script type="module" src="/page.js"></script>
</head><body>
<header class="shop"><strong>Acme Tea</strong></header>
<main><h1>Thank you for your order!</h1><p>Order #10472 is on its way.</p>
<button id="opener" type="button">Open the survey</button>
<div class="huge">A host element with a huge z-index</div></main>
</body></html>`;

/** Starts the harness server on a random port of 127.0.0.1. */
export async function startHarness(): Promise<Harness> {
  const files: Record<string, [string, string]> = {
    '/page.js': ['text/javascript', await readFile(here('./page.js'), 'utf8')],
    '/shop.css': ['text/css', await readFile(here('./shop.css'), 'utf8')],
    '/hostile.css': ['text/css', await readFile(here('./hostile.css'), 'utf8')],
    '/axe.js': [
      'text/javascript',
      await readFile(`${repoRoot}node_modules/axe-core/axe.min.js`, 'utf8'),
    ],
    '/': ['text/html', page('Order confirmed')],
    '/hostile': [
      'text/html',
      page('Hostile page', '\n<link rel="stylesheet" href="/hostile.css">'),
    ],
  };
  // The host pages (hosts/*.html, with their CSS and script): /hosts/covered, …
  const types: Record<string, string> = {
    html: 'text/html',
    css: 'text/css',
    js: 'text/javascript',
  };
  for (const name of await readdir(here('./hosts/'))) {
    const [base, ext = ''] = name.split('.');
    const path = ext === 'html' ? `/hosts/${base}` : `/hosts/${name}`;
    files[path] = [types[ext] ?? 'text/plain', await readFile(here(`./hosts/${name}`), 'utf8')];
  }
  for (const [path, code] of Object.entries(await bundleUi())) {
    files[path] = ['text/javascript', code];
  }
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const file = files[path];
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'content-type': `${file[0]}; charset=utf-8`,
      'content-security-policy': CSP,
      'cache-control': 'no-store',
    });
    response.end(file[1]);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
