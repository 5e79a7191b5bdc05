// The dashboard in real Chromium, on a throwaway server with 12 weeks of demo data.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createInterface } from 'node:readline';
import { type Browser, expect, type Page, test } from '@playwright/test';

const shots = new URL('../../../.tmp/screenshots/dashboard/', import.meta.url).pathname;
mkdirSync(shots, { recursive: true });

// One server (seeding takes a while) shared by the tests of this file, on one worker.
test.describe.configure({ mode: 'serial' });

let server: ChildProcess | undefined;
let url = '';
let adminToken = '';
/** Order ids of the rewards the demo server holds for review. */
let held: string[] = [];

test.beforeAll(async () => {
  test.setTimeout(180_000);
  server = spawn(
    process.execPath,
    ['--import', 'tsx', '--conditions=@grapevine/source', 'scripts/demo-server.ts'],
    { cwd: new URL('..', import.meta.url).pathname, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const stdout = server.stdout;
  if (!stdout) throw new Error('no stdout');
  const line = await new Promise<string>((resolve) =>
    createInterface({ input: stdout }).once('line', resolve),
  );
  ({ url, adminToken, held } = JSON.parse(line) as {
    url: string;
    adminToken: string;
    held: string[];
  });
});

test.afterAll(() => {
  server?.kill('SIGTERM');
});

test.use({ viewport: { width: 1280, height: 900 } });

test('asks for credentials', async ({ request }) => {
  const response = await request.get(`${url}/admin`);
  expect(response.status()).toBe(401);
  expect(response.headers()['www-authenticate']).toContain('Basic');
});

test('shows NPS, comments, the funnel, A/B results and top advocates', async ({ browser }) => {
  const context = await browser.newContext({
    httpCredentials: { username: 'admin', password: adminToken },
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => problems.push(message.text()));
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(`${url}/admin`);

  await expect(page).toHaveTitle('Grapevine · demo-shop');
  for (const heading of [
    'NPS over time',
    'Latest comments',
    'Referral funnel',
    'Top advocates',
    'A/B results',
  ]) {
    await expect(page.getByRole('heading', { name: heading })).toBeVisible();
  }
  await expect(page.locator('.kpi.nps .value')).toHaveText(/^-?\d+$/);
  await expect(
    page.getByRole('img', { name: 'Weekly NPS with the promoter, passive and detractor split' }),
  ).toBeVisible();
  await expect(page.locator('svg.chart .week')).toHaveCount(12);
  await expect(page.locator('.comments section')).toHaveCount(3);
  await expect(page.getByRole('img', { name: 'Referral funnel' })).toContainText('Friend claims');
  await expect(page.locator('.chip')).not.toHaveCount(0);
  const variants = page.getByRole('table').filter({ hasText: 'Share rate · 95 % CI' });
  await expect(variants.getByRole('row')).toHaveCount(3);
  await expect(variants).toContainText('give-get');
  await expect(variants).toContainText('friends-first');
  await expect(
    page.getByRole('table').filter({ hasText: 'Advocate' }).getByRole('row'),
  ).toHaveCount(7);

  await page.getByRole('link', { name: '4 weeks' }).click();
  await expect(page.locator('svg.chart .week')).toHaveCount(4);
  expect(problems).toEqual([]);
  await context.close();
});

test('exports CSV files', async ({ request }) => {
  const headers = { Authorization: `Bearer ${adminToken}` };
  const nps = await request.get(`${url}/admin/nps.csv`, { headers });
  expect(nps.headers()['content-type']).toContain('text/csv');
  expect((await nps.text()).split('\r\n')[0]).toContain('score,segment,kind,comment');
  const conversions = await request.get(`${url}/admin/conversions.csv`, { headers });
  expect((await conversions.text()).split('\r\n').length).toBeGreaterThan(10);
});

/** A dashboard page in a browser that has the admin's credentials, guarded against console noise. */
async function adminPage(
  browser: Browser,
): Promise<{ page: Page; problems: string[]; close(): Promise<void> }> {
  const context = await browser.newContext({
    httpCredentials: { username: 'ops', password: adminToken },
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => problems.push(message.text()));
  page.on('pageerror', (error) => problems.push(error.message));
  return { page, problems, close: () => context.close() };
}

const card = (page: Page, orderId: string) =>
  page.locator('article.held-card').filter({ hasText: orderId });

test('the review queue: evidence, approve, reject with a reason, the audit log', async ({
  browser,
}) => {
  expect(held.length).toBeGreaterThanOrEqual(2);
  const [first = '', second = ''] = held;
  const { page, problems, close } = await adminPage(browser);
  await page.goto(`${url}/admin`);
  const tab = page.getByRole('link', { name: /^Rewards/ });
  await expect(tab).toContainText(String(held.length));
  await tab.click();
  await expect(page.getByRole('heading', { name: 'Review queue' })).toBeVisible();
  await expect(page.locator('article.held-card')).toHaveCount(held.length);

  const evidence = card(page, first);
  await expect(evidence).toContainText('verified');
  await expect(evidence).toContainText(/•••.*@/); // the friend's email, masked
  await expect(evidence.locator('.signal').first()).toBeVisible();
  await page.screenshot({ path: `${shots}review-queue.png`, fullPage: true });

  await evidence.getByRole('button', { name: /^Approve/ }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `order ${first} was approved` }),
  ).toBeVisible();
  await expect(card(page, first)).toHaveCount(0);
  const audit = page.locator('ol.audit li').first();
  // Approved inside the return window: pending again until it ends.
  await expect(audit).toContainText(/held\s*→\s*pending/);
  await expect(audit).toContainText('admin:ops');

  const rejecting = card(page, second);
  await rejecting.getByLabel('Reason for rejecting').fill('The friend is the advocate <again>');
  await rejecting.getByRole('button', { name: 'Reject' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `order ${second} was rejected` }),
  ).toBeVisible();
  await expect(page.locator('ol.audit li').first()).toContainText(
    '“The friend is the advocate <again>”',
  );

  await page.getByRole('link', { name: /^rejected/ }).click();
  await expect(page.getByRole('row').filter({ hasText: second })).toContainText('rejected');
  await page.getByRole('link', { name: /^All/ }).click();
  await page.screenshot({ path: `${shots}rewards.png`, fullPage: true });
  expect(problems).toEqual([]);
  await close();
});

test('a cross-site form and a GET link cannot decide', async ({ browser }) => {
  const target = held[2];
  expect(target, 'a third held reward').toBeDefined();
  const action = `${url}/admin/rewards/${target}/approve`;
  // Another site's page that posts a form to the dashboard: the browser adds the admin's
  // Basic credentials by itself, which is exactly what CSRF exploits.
  const attacker: Server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end(
      `<form method="post" action="${action}"><input name="csrf" value="guess"><input name="site" value="demo-shop"></form><script>document.forms[0].submit()</script>`,
    );
  });
  await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
  const port = (attacker.address() as { port: number }).port;
  const { page, close } = await adminPage(browser);
  try {
    await page.goto(`${url}/admin/rewards`); // the admin is logged in, with a session cookie
    const answer = page.waitForResponse(action);
    await page.goto(`http://localhost:${port}/`);
    expect((await answer).status()).toBe(403);
    const link = await page.goto(action);
    expect(link?.status()).toBe(405);
    await page.goto(`${url}/admin/rewards`);
    await expect(card(page, target ?? '')).toHaveCount(1);
  } finally {
    await close();
    attacker.close();
  }
});
