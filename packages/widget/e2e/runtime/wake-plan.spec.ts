// The loader and its wake plan in real Chromium: after a first page view has run the rules,
// a page view on which nothing can change downloads grapevine.js alone; a purchase, a due
// time, `?ref=` and `<grapevine-referral>` wake the rules chunk.
import { expect, type Page, test } from '@playwright/test';
import { STUB } from '../../src/script/snippet.js';
import { ERROR_COUNTER, serverForFile } from './serve.js';

const spec = serverForFile();

const referral = { id: 'refer', kind: 'referral', triggers: [{ type: 'purchase' }] };
/** Generous: with two CPU cores shared by parallel suites, chunks can take a while. */
const shown = { timeout: 20_000 };

function shopPage(campaigns: unknown[], body = '', stub = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Shop</title>
<script>${STUB}${stub}</script>
<script type="application/json" id="gv-campaigns">${JSON.stringify({ campaigns })}</script>
<script async src="/cdn/v1/grapevine.js" data-endpoint="${spec.server.origin}/api" data-site-key="pk_test" data-config="gv-campaigns"></script>
</head><body><h1>Shop</h1>${body}</body></html>`;
}

/** Every file requested under /cdn/v1/ (the script and its chunks), in order. */
function watchScripts(page: Page): string[] {
  const scripts: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/cdn/v1/')) scripts.push(path.slice('/cdn/v1/'.length));
  });
  return scripts;
}

const stored = (page: Page, key: string) =>
  page.evaluate((name) => JSON.parse(localStorage.getItem(name) ?? 'null'), key);

/** A first page view: the rules run and leave their plan. */
async function firstView(page: Page, path: string): Promise<void> {
  await page.goto(`${spec.server.origin}${path}`);
  await expect.poll(() => stored(page, 'grapevine:v1:plan'), shown).toMatchObject({ v: 1 });
}

/** The next page view: the loader ran (it counted the page view in the session). */
async function nextView(page: Page, path: string, pageviews = 2): Promise<void> {
  await page.goto(`${spec.server.origin}${path}`);
  await expect
    .poll(async () => (await stored(page, 'grapevine:v1'))?.session?.pageviews, shown)
    .toBe(pageviews);
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(ERROR_COUNTER);
});

test('a second page view with a sleeping plan downloads only grapevine.js; a purchase wakes the rules and the prompt shows', async ({
  page,
}) => {
  spec.server.page('/sleep/home', { html: shopPage([referral]) });
  spec.server.page('/sleep/products', { html: shopPage([referral]) });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const scripts = watchScripts(page);
  await firstView(page, '/sleep/home');
  expect(scripts).toContain('grapevine-rules.js');
  scripts.length = 0;

  await nextView(page, '/sleep/products');
  // Idle callbacks and timers have had their chance: still nothing but the loader.
  await page.waitForTimeout(1500);
  expect(scripts).toEqual(['grapevine.js']);

  await page.evaluate(() =>
    (window as unknown as { grapevine(...args: unknown[]): void }).grapevine('purchase', {
      orderId: 'W-1',
      total: 50,
      currency: 'EUR',
    }),
  );
  await expect(page.locator('grapevine-prompt')).toHaveCount(1, shown);
  expect(scripts).toContain('grapevine-rules.js');
  await expect
    .poll(() => spec.server.events.find((event) => event.orderId === 'W-1'), { timeout: 10_000 })
    .toMatchObject({ type: 'purchase', currency: 'EUR' });
  // The page view the loader counted is not counted again by the rules.
  expect((await stored(page, 'grapevine:v1'))?.session?.pageviews).toBe(2);
  expect(errors).toEqual([]);
});

test('a due time wakes the rules on an open page', async ({ page }) => {
  const later = {
    id: 'nps',
    kind: 'nps',
    triggers: [{ type: 'purchase', scope: { persistFor: '30d' }, after: '8s' }],
  };
  spec.server.page('/due/thanks', {
    html: shopPage(
      [later],
      '',
      `grapevine('purchase', { orderId: 'D-1', total: 9, currency: 'EUR' });`,
    ),
  });
  spec.server.page('/due/home', { html: shopPage([later]) });
  const scripts = watchScripts(page);
  await firstView(page, '/due/thanks');
  const plan = await stored(page, 'grapevine:v1:plan');
  expect(plan.u).toBeGreaterThan(Date.now());
  // Events still waiting would wake the rules on the next page view (to deliver them).
  await expect
    .poll(() => spec.server.events.find((event) => event.orderId === 'D-1'), shown)
    .toBeDefined();
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('grapevine:v1:outbox')), shown)
    .toBeNull();
  scripts.length = 0;

  await nextView(page, '/due/home');
  expect(scripts).toEqual(['grapevine.js']);
  await expect(page.locator('grapevine-prompt')).toHaveCount(1, shown);
  expect(scripts).toContain('grapevine-rules.js');
});

test('?ref= in the URL wakes the rules, which capture the code', async ({ page }) => {
  spec.server.page('/ref/home', { html: shopPage([referral]) });
  const scripts = watchScripts(page);
  await firstView(page, '/ref/home');
  scripts.length = 0;
  await page.goto(`${spec.server.origin}/ref/home?ref=ANNA-7K2`);
  await expect
    .poll(async () => (await stored(page, 'grapevine:v1'))?.referral?.code, shown)
    .toBe('ANNA-7K2');
  expect(scripts).toContain('grapevine-rules.js');
});

test('<grapevine-referral> still works on a page view with a sleeping plan, also added later', async ({
  page,
}) => {
  const element =
    '<grapevine-referral data-sign-in-text="Log in to get your link."></grapevine-referral>';
  spec.server.page('/programme/home', { html: shopPage([referral]) });
  spec.server.page('/programme/refer', { html: shopPage([referral], element) });
  spec.server.page('/programme/later', {
    html: shopPage(
      [referral],
      `<div id="slot"></div><button id="add">Add</button><script>
document.getElementById('add').addEventListener('click', () => {
  const panel = document.createElement('grapevine-referral');
  panel.dataset.signInText = 'Log in to get your link.';
  document.getElementById('slot').append(panel);
});</script>`,
    ),
  });
  await firstView(page, '/programme/home');
  await page.goto(`${spec.server.origin}/programme/refer`);
  const panel = page.locator('grapevine-referral');
  await expect(panel.getByText('Log in to get your link.')).toBeVisible(shown);

  const scripts = watchScripts(page);
  await nextView(page, '/programme/later', 3);
  await page.waitForTimeout(500);
  expect(scripts).toEqual(['grapevine.js']);
  await page.locator('#add').click();
  await expect(panel.getByText('Log in to get your link.')).toBeVisible(shown);
  expect(scripts).toContain('grapevine-rules.js');
});
