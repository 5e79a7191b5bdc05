// The Next.js example end to end: the reference server (packages/server, PGlite in memory)
// and `next start` on 127.0.0.1, driven in Chromium. The customer is signed per request on
// the Next server, the config is parsed there, the widget runs in a client component: a
// purchase shows the referral prompt with the customer's link from the server, and the
// programme page renders <grapevine-referral> with the same link. Needs `pnpm build` (the
// packages' dist, the server's dist and this app's `.next`).
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { test as base, expect } from '@playwright/test';

const app = fileURLToPath(new URL('..', import.meta.url));
const serverDist = fileURLToPath(
  new URL('../../../packages/server/dist/index.js', import.meta.url),
);
const SITE_KEY = 'next-demo';

interface Stack {
  shopUrl: string;
  apiUrl: string;
  /** The site's signing secret: the Next server's alone. */
  secret: string;
}

/** A free port on 127.0.0.1 (the Next server needs its own before the API lists its origin). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Resolves once `next start` says it is ready; rejects with its output if it exits. */
function nextReady(child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (/Ready in|started server on/i.test(output)) resolve();
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => reject(new Error(`next start exited (${code}):\n${output}`)));
  });
}

const test = base.extend<{ errors: string[] }, { stack: Stack }>({
  stack: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies by destructuring
    async ({}, use) => {
      if (!existsSync(`${app}.next/BUILD_ID`) || !existsSync(serverDist)) {
        throw new Error(
          'examples/next-app or packages/server has no build: run `pnpm build` first',
        );
      }
      const server = await import(pathToFileURL(serverDist).href);
      const secret = randomBytes(32).toString('base64url');
      const shopPort = await freePort();
      const shopUrl = `http://127.0.0.1:${shopPort}`;
      const config = server.loadConfig({
        HOST: '127.0.0.1',
        PORT: '0',
        GRAPEVINE_DATA_DIR: 'memory://',
        GRAPEVINE_ADMIN_TOKEN: randomBytes(18).toString('base64url'),
        GRAPEVINE_SITES: JSON.stringify([
          {
            siteKey: SITE_KEY,
            secret,
            origins: [shopUrl],
            landingUrl: `${shopUrl}/?ref={code}`,
            offer: {
              friend: { kind: 'percent', value: 15 },
              advocate: { kind: 'amount', value: 10, currency: 'EUR' },
            },
          },
        ]),
      });
      const db = await server.openDatabase({ dataDir: config.dataDir });
      const grapevine = server.createApp({ ...config, db, logger: server.silentLogger });
      await server.saveCampaigns(
        db,
        SITE_KEY,
        [{ id: 'refer', kind: 'referral', triggers: ['purchase'], frequency: { once: true } }],
        Date.now(),
      );
      const api = await server.listen(grapevine.app, config);
      const next = spawn(
        process.execPath,
        [
          createRequire(import.meta.url).resolve('next/dist/bin/next', { paths: [app] }),
          'start',
          '--hostname',
          '127.0.0.1',
          '--port',
          String(shopPort),
        ],
        {
          cwd: app,
          env: {
            ...process.env,
            NEXT_TELEMETRY_DISABLED: '1',
            GRAPEVINE_ENDPOINT: api.url,
            GRAPEVINE_SITE_KEY: SITE_KEY,
            GRAPEVINE_SECRET: secret,
          },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      try {
        await nextReady(next);
        await use({ shopUrl, apiUrl: api.url, secret });
      } finally {
        next.kill();
        await api.close();
        await db.close();
      }
    },
    { scope: 'worker', timeout: 60_000 },
  ],
  errors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
      });
      await use(errors);
      expect(errors, 'errors and warnings on the page').toEqual([]);
    },
    { auto: true },
  ],
});

test('Next.js: a purchase shows the referral prompt; the programme page shows the same link', async ({
  page,
  stack,
}) => {
  // Nothing of the signing secret reaches the browser.
  const html = await (await page.request.get(`${stack.shopUrl}/`)).text();
  expect(html).toContain('cust-42');
  expect(html).not.toContain(stack.secret);

  await page.goto(`${stack.shopUrl}/`);
  const buy = page.getByRole('button', { name: 'Buy for €24' });
  await expect(buy).toBeEnabled();
  await buy.click();
  const prompt = page.locator('grapevine-prompt [role=dialog]');
  await expect(prompt).toBeVisible();
  const link = prompt.getByRole('textbox');
  await expect(link).toHaveValue(new RegExp(`^${stack.shopUrl}/\\?ref=`));
  const url = await link.inputValue();

  await page.goto(`${stack.shopUrl}/refer`);
  const panel = page.locator('grapevine-referral');
  await expect(panel.getByRole('textbox', { name: 'Your personal link' })).toHaveValue(url);
});
