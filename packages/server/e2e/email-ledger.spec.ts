// One ledger for every channel, in real Chromium (issue #15): the server's real flow emails
// Ada the NPS survey (order → 14 days → SMTP to a listener on 127.0.0.1); she then visits the
// shop identified (signed by the shop's server) and the NPS pop-up does not open, because the
// emailed survey counts as an impression for the quiet period; `explain()` says so. Bob, never
// emailed, gets the pop-up on the same page. After Ada answers through the email's link, the
// pop-up stays shut because she answered. The widget files are the built script tag's.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createInterface, type Interface } from 'node:readline';
import { expect, type Page, test } from '@playwright/test';
import { signSync } from '../test/helpers/sign.js';

const dist = new URL('../../widget/dist/', import.meta.url).pathname;
const shots = new URL('../../../.tmp/screenshots/email-ledger/', import.meta.url).pathname;
mkdirSync(shots, { recursive: true });
const STUB =
  'window.grapevine=window.grapevine||function(){(window.grapevine.q=window.grapevine.q||[]).push(arguments)};';

test.describe.configure({ mode: 'serial' });

let server: ChildProcess | undefined;
let shopServer: Server | undefined;
/** The shop's origin: a real server on loopback (Chromium lets loopback pages reach loopback). */
let shopOrigin = '';
/** The customer the shop's page is rendered for. */
let customer = '';
let lines: Interface | undefined;
let started = { url: '', html: '', now: 0, secret: '' };

test.beforeAll(async () => {
  test.setTimeout(120_000);
  shopServer = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://shop');
    const file = /^\/widget\/([\w.-]+\.js)$/.exec(pathname)?.[1];
    if (pathname === '/shop') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(shopPage(customer));
    } else if (file) {
      response.writeHead(200, { 'content-type': 'text/javascript' });
      response.end(readFileSync(`${dist}${file}`));
    } else {
      response.writeHead(204).end(); // favicon.ico and the like
    }
  });
  await new Promise<void>((resolve) => shopServer?.listen(0, '127.0.0.1', resolve));
  shopOrigin = `http://127.0.0.1:${(shopServer.address() as AddressInfo).port}`;
  server = spawn(
    process.execPath,
    ['--import', 'tsx', '--conditions=@grapevine/source', 'scripts/survey-server.ts'],
    {
      cwd: new URL('..', import.meta.url).pathname,
      stdio: ['pipe', 'pipe', 'inherit'],
      env: { ...process.env, SHOP_ORIGIN: shopOrigin },
    },
  );
  if (!server.stdout) throw new Error('no stdout');
  lines = createInterface({ input: server.stdout });
  started = JSON.parse(await new Promise<string>((resolve) => lines?.once('line', resolve)));
});

test.afterAll(() => {
  server?.kill('SIGTERM');
  shopServer?.close();
});

const campaigns = {
  policy: { quietPeriod: '7d' },
  campaigns: [
    {
      id: 'nps-after-purchase',
      kind: 'nps',
      npsKind: 'transactional',
      triggers: [{ type: 'pageview' }],
      frequency: { untilResponded: true },
    },
  ],
};

/** The shop's page for a customer its server signed just now (by the survey server's clock). */
function shopPage(customerId: string): string {
  const signedAt = started.now;
  const identity = {
    id: customerId,
    signedAt,
    signature: signSync(started.secret, { id: customerId, signedAt }),
  };
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Nordic Socks</title>
<script>${STUB}grapevine('identify', ${JSON.stringify(identity)});</script>
<script type="application/json" id="gv-campaigns">${JSON.stringify(campaigns)}</script>
<script async src="/widget/grapevine.js" data-endpoint="${started.url}" data-site-key="demo-shop" data-config="gv-campaigns"></script>
</head><body><h1>Nordic Socks</h1><p>Wool socks, knitted in Norway.</p></body></html>`;
}

/** A page on the shop's origin, at the survey server's time, that fails on any console output. */
async function shop(page: Page, customerId: string): Promise<string[]> {
  const problems: string[] = [];
  page.on('console', (message) => problems.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => problems.push(error.message));
  await page.clock.setFixedTime(started.now + 60_000);
  customer = customerId;
  await page.goto(`${shopOrigin}/shop`);
  return problems;
}

/** `explain()` of the page's runtime, as reason and summary. */
const explained = (page: Page) =>
  page.evaluate(async () => {
    const grapevine = (window as unknown as { grapevine(command: string): Promise<unknown> })
      .grapevine;
    const answer = (await grapevine('explain')) as { reason?: string; summary: string }[];
    return answer.map(({ reason, summary }) => ({ reason, summary }));
  });

test('Bob, never emailed, gets the NPS pop-up on the shop page', async ({ page }) => {
  const problems = await shop(page, 'cust-bob');
  await expect(page.getByRole('dialog')).toBeVisible({ timeout: 15_000 });
  await page.screenshot({ path: `${shots}bob-popup.png` });
  expect(problems).toEqual([]);
});

test('Ada, emailed the survey, visits identified: no pop-up, and explain() names the email', async ({
  page,
}) => {
  const ledger = page.waitForResponse((response) =>
    response.url().includes('/v1/advocates/me/ledger'),
  );
  const problems = await shop(page, 'cust-ada');
  expect((await ledger).status()).toBe(200);
  const emailedAt = new Date(started.now).toISOString().slice(0, 16);
  await expect
    .poll(async () => (await explained(page))[0]?.summary, { timeout: 15_000 })
    .toContain('QUIET_PERIOD (caps: asked by email on');
  const [why] = await explained(page);
  expect(why?.reason).toBe('QUIET_PERIOD');
  expect(why?.summary).toContain(emailedAt);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.screenshot({ path: `${shots}ada-no-popup.png` });
  expect(problems).toEqual([]);
});

test('after answering through the email link, Ada is not asked in a pop-up: she answered', async ({
  page,
}) => {
  const nine = [
    ...started.html.matchAll(/href="(http:\/\/127\.0\.0\.1:\d+\/email\/nps\/[^"]+)"/g),
  ][9]?.[1];
  expect((await fetch(nine ?? '')).status).toBe(200);
  const problems = await shop(page, 'cust-ada');
  await expect
    .poll(async () => (await explained(page))[0]?.reason, { timeout: 15_000 })
    .toBe('ALREADY_RESPONDED');
  const [why] = await explained(page);
  expect(why?.summary).toMatch(
    /ALREADY_RESPONDED \(frequency: answered by email on [\d-]+T[\d:.]+Z \(score 9\)\)/,
  );
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(problems).toEqual([]);
});
