// The widget served by the server itself, as a shop installs it: a page on another origin
// pastes the snippet (the loader from the server's versioned path, with its integrity hash),
// and Chromium loads the loader and the chunks it imports cross-origin, checks the hash, and
// shows a prompt. A hash that does not match keeps everything out.
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createInterface } from 'node:readline';
import { expect, type Page, test } from '@playwright/test';

test.describe.configure({ mode: 'serial' });

let grapevine: ChildProcess | undefined;
let shop: Server | undefined;
let shopOrigin = '';
/** What the server logged when it started: the loader's URL and integrity. */
let started = { url: '', widget: '', integrity: '' };
let integrityOnPage = '';

const campaigns = {
  campaigns: [
    {
      id: 'nps',
      kind: 'nps',
      npsKind: 'transactional',
      triggers: [{ type: 'purchase' }],
      frequency: { untilResponded: true },
    },
  ],
};

const page = () => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Shop</title>
<script>window.grapevine=window.grapevine||function(){(window.grapevine.q=window.grapevine.q||[]).push(arguments)};
grapevine('purchase', { orderId: 'W-1', total: 40, currency: 'EUR' });</script>
<script type="application/json" id="gv-campaigns">${JSON.stringify(campaigns)}</script>
<script async src="${started.widget}" integrity="${integrityOnPage}" crossorigin="anonymous"
  data-endpoint="${started.url}" data-site-key="widget-shop" data-config="gv-campaigns"></script>
</head><body><h1>Shop</h1></body></html>`;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  shop = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(page());
  });
  await new Promise<void>((resolve) => shop?.listen(0, 'localhost', resolve));
  shopOrigin = `http://localhost:${(shop.address() as AddressInfo).port}`;
  grapevine = spawn(
    process.execPath,
    ['--import', 'tsx', '--conditions=@grapevine/source', 'src/main.ts', 'serve'],
    {
      cwd: new URL('..', import.meta.url).pathname,
      stdio: ['ignore', 'pipe', 'inherit'],
      env: {
        PATH: process.env.PATH,
        HOST: '127.0.0.1',
        PORT: '0',
        GRAPEVINE_DATA_DIR: 'memory://',
        GRAPEVINE_ADMIN_TOKEN: 'widget-files-admin-token-0123',
        GRAPEVINE_SITES: JSON.stringify([
          {
            siteKey: 'widget-shop',
            secret: 'widget-files-site-secret-0123456789',
            origins: [shopOrigin],
            landingUrl: `${shopOrigin}/?ref={code}`,
          },
        ]),
      },
    },
  );
  const stdout = grapevine.stdout;
  if (!stdout) throw new Error('no stdout');
  const lines = createInterface({ input: stdout });
  started = await new Promise((resolve) =>
    lines.on('line', (line) => {
      const entry = JSON.parse(line) as { widget?: string; url: string; integrity: string };
      if (entry.widget)
        resolve({ url: entry.url, widget: entry.widget, integrity: entry.integrity });
    }),
  );
});

test.afterAll(async () => {
  grapevine?.kill('SIGTERM');
  await new Promise<void>((resolve) => (shop ? shop.close(() => resolve()) : resolve()));
});

/** The widget files the page asked for, with their status and CORS header. */
function widgetResponses(p: Page) {
  const seen: Array<{ file: string; status: number; cors: string | undefined }> = [];
  p.on('response', (response) => {
    const url = new URL(response.url());
    if (!url.pathname.startsWith('/widget/')) return;
    seen.push({
      file: url.pathname.split('/').pop() ?? '',
      status: response.status(),
      cors: response.headers()['access-control-allow-origin'],
    });
  });
  return seen;
}

test('a shop page on another origin loads the widget from the server and shows the prompt', async ({
  page: p,
}) => {
  integrityOnPage = started.integrity;
  const problems: string[] = [];
  p.on('pageerror', (error) => problems.push(error.message));
  p.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  const seen = widgetResponses(p);
  await p.goto(shopOrigin);
  await expect(p.locator('grapevine-prompt').getByRole('dialog')).toBeVisible({ timeout: 20_000 });
  const files = seen.map((s) => s.file);
  expect(files).toContain('grapevine.js');
  expect(files).toContain('grapevine-rules.js');
  expect(files).toContain('grapevine-ui-nps.js');
  for (const response of seen)
    expect(response, response.file).toMatchObject({ status: 200, cors: '*' });
  expect(problems).toEqual([]);
});

test('a loader whose hash does not match the snippet is not run', async ({ page: p }) => {
  // One changed character: what a tampered or swapped file looks like to the browser.
  const last = started.integrity.at(-2) === 'A' ? 'B' : 'A';
  integrityOnPage = `${started.integrity.slice(0, -2)}${last}${started.integrity.at(-1)}`;
  const errors: string[] = [];
  p.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  const seen = widgetResponses(p);
  await p.goto(shopOrigin);
  await expect.poll(() => errors.join('\n'), { timeout: 10_000 }).toMatch(/integrity/i);
  expect(seen.map((s) => s.file)).toEqual(['grapevine.js']);
  // The stub is still the page's: the loader never ran, so the queued purchase waits.
  expect(
    await p.evaluate(() => Array.isArray((window as { grapevine?: { q?: unknown } }).grapevine?.q)),
  ).toBe(true);
  await expect(p.locator('grapevine-prompt')).toHaveCount(0);
});
