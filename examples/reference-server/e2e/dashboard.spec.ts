// The dashboard in real Chromium, on a throwaway server with 12 weeks of demo data.
import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { expect, test } from '@playwright/test';

// One server (seeding takes a while) shared by the tests of this file, on one worker.
test.describe.configure({ mode: 'serial' });

let server: ChildProcess | undefined;
let url = '';
let adminToken = '';

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
  ({ url, adminToken } = JSON.parse(line) as { url: string; adminToken: string });
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
