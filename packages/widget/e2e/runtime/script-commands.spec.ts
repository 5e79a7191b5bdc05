// The script tag's commands and attributes in real Chromium (issue 13): a purchase queued
// before the script beats a page-view campaign; `explain` answers a promise and a callback on
// a sleeping page view; `data-theme`; an `identify()` callback re-signs the customer for a
// pop-up shown days later; a referral pop-up without a link is not shown.
import { expect, type Page, test } from '@playwright/test';
import { STUB } from '../../src/script/snippet.js';
import { ERROR_COUNTER, serverForFile } from './serve.js';

const spec = serverForFile();
/** Generous: with two CPU cores shared by parallel suites, chunks can take a while. */
const shown = { timeout: 20_000 };
const DAY = 86_400_000;

function shopPage(campaigns: unknown[], stub = '', attributes = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Shop</title>
<script>${STUB}${stub}</script>
<script type="application/json" id="gv-campaigns">${JSON.stringify({ campaigns })}</script>
<script async src="/cdn/v1/grapevine.js" data-endpoint="${spec.server.origin}/api" data-site-key="pk_test" data-config="gv-campaigns" ${attributes}></script>
</head><body><h1>Shop</h1></body></html>`;
}

const prompt = (page: Page) => page.locator('grapevine-prompt');
const stored = (page: Page, key: string) =>
  page.evaluate((name) => JSON.parse(localStorage.getItem(name) ?? 'null'), key);
const loaded = (page: Page) =>
  page.waitForFunction(() => (window as { grapevine?: { loaded?: boolean } }).grapevine?.loaded);

let errors: string[] = [];
test.beforeEach(async ({ page }) => {
  errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(ERROR_COUNTER);
  spec.server.signedAfter = undefined;
});
test.afterEach(async ({ page }) => {
  expect(errors).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __errors: string[] }).__errors)).toEqual(
    [],
  );
});

test('a purchase queued before the script beats a lower-priority page-view campaign', async ({
  page,
}) => {
  const campaigns = [
    { id: 'welcome', kind: 'nps', priority: 1, triggers: [{ type: 'pageview' }] },
    { id: 'refer', kind: 'referral', priority: 10, triggers: [{ type: 'purchase' }] },
  ];
  spec.server.page('/queued/thanks', {
    html: shopPage(
      campaigns,
      `grapevine('on', 'shown', function (d) { (window.__shown = window.__shown || []).push(d.campaignId); });
       grapevine('purchase', { orderId: 'Q-1', total: 80, currency: 'EUR' });`,
    ),
  });
  await page.goto(`${spec.server.origin}/queued/thanks`);
  await expect(prompt(page).locator('#gv-link')).toBeVisible(shown);
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => (window as { __shown?: string[] }).__shown)).toEqual(['refer']);
});

test('explain answers a promise and a callback on a sleeping page view', async ({ page }) => {
  const refer = { id: 'refer', kind: 'referral', triggers: [{ type: 'purchase' }] };
  spec.server.page('/explain/home', { html: shopPage([refer]) });
  await page.goto(`${spec.server.origin}/explain/home`);
  await expect.poll(() => stored(page, 'grapevine:v1:plan'), shown).toMatchObject({ v: 1 });
  const scripts: string[] = [];
  page.on('request', (request) => scripts.push(new URL(request.url()).pathname));
  await page.goto(`${spec.server.origin}/explain/home`);
  await loaded(page);
  expect(scripts.filter((path) => path.includes('grapevine-rules'))).toEqual([]); // asleep
  const answers = await page.evaluate(async () => {
    const gv = (window as unknown as { grapevine: (...args: unknown[]) => Promise<unknown> })
      .grapevine;
    let viaCallback: unknown;
    const one = await gv('explain', 'refer', (answer: unknown) => {
      viaCallback = answer;
    });
    const all = await gv('explain');
    return { one, all, viaCallback };
  });
  expect(answers.one).toMatchObject({ campaignId: 'refer', eligible: false });
  expect(answers.viaCallback).toEqual(answers.one);
  expect(answers.all).toEqual([answers.one]);
});

test.describe('data-theme', () => {
  for (const [value, scheme] of [
    ['dark', 'dark'],
    ['light', 'light'],
  ] as const) {
    test(`data-theme="${value}" gives the ${scheme} scheme`, async ({ page }) => {
      const refer = { id: 'refer', kind: 'referral', triggers: [{ type: 'purchase' }] };
      spec.server.page(`/theme/${value}`, {
        html: shopPage(
          [refer],
          `grapevine('purchase', { orderId: 'TH-${value}', total: 8, currency: 'EUR' });`,
          `data-theme="${value}"`,
        ),
      });
      await page.emulateMedia({ colorScheme: scheme === 'dark' ? 'light' : 'dark' });
      await page.goto(`${spec.server.origin}/theme/${value}`);
      await expect(prompt(page).locator('#gv-link')).toBeVisible(shown);
      await expect(prompt(page).locator(`[data-scheme="${scheme}"]`)).toHaveCount(1);
      await page.screenshot({ path: `.tmp/screenshots/data-theme-${value}.png` });
    });
  }

  test('data-theme="auto" follows prefers-color-scheme; an invalid value warns and reads auto', async ({
    page,
  }) => {
    const refer = { id: 'refer', kind: 'referral', triggers: [{ type: 'purchase' }] };
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    await page.emulateMedia({ colorScheme: 'dark' });
    for (const value of ['auto', 'midnight']) {
      spec.server.page(`/theme/${value}`, {
        html: shopPage(
          [refer],
          `grapevine('purchase', { orderId: 'TH-${value}', total: 8, currency: 'EUR' });`,
          `data-theme="${value}"`,
        ),
      });
      await page.evaluate(() => localStorage.clear()).catch(() => {});
      await page.goto(`${spec.server.origin}/theme/${value}`);
      await expect(prompt(page).locator('[data-scheme="dark"]')).toHaveCount(1, shown);
    }
    expect(warnings).toEqual([
      'Grapevine: data-theme="midnight" must be "auto", "light" or "dark"; using "auto".',
    ]);
  });
});

test('an anonymous visitor on a site without unsigned referrals gets no pop-up, and no impression counts', async ({
  page,
}) => {
  spec.server.signedAfter = 0;
  const refer = { id: 'refer-anon', kind: 'referral', triggers: [{ type: 'purchase' }] };
  spec.server.page('/anon/thanks', {
    html: shopPage(
      [refer],
      `grapevine('purchase', { orderId: 'AN-1', total: 8, currency: 'EUR' });`,
    ),
  });
  await page.goto(`${spec.server.origin}/anon/thanks`);
  await expect
    .poll(() => spec.server.events.some((event) => event.orderId === 'AN-1'), shown)
    .toBe(true);
  await page.waitForTimeout(1500);
  await expect(prompt(page)).toHaveCount(0);
  expect(
    spec.server.events.filter(
      (event) => event.type === 'impression' && event.campaignId === 'refer-anon',
    ),
  ).toEqual([]);
});

test('identify(callback): the pop-up shown two days after the page was signed loads its link', async ({
  page,
}) => {
  const refer = {
    id: 'refer-later',
    kind: 'referral',
    triggers: [{ type: 'purchase', after: '2d', scope: { persistFor: '30d' } }],
  };
  spec.server.page('/later/thanks', {
    html: shopPage(
      [refer],
      `grapevine('identify', async function () {
         const response = await fetch('/sign?at=' + Date.now());
         return response.json();
       });
       grapevine('purchase', { orderId: 'L-1', total: 80, currency: 'EUR' });`,
    ),
  });
  await page.clock.install();
  await page.goto(`${spec.server.origin}/later/thanks`);
  await expect.poll(() => spec.server.signs, shown).toBe(1);
  const signedAt = await page.evaluate(() => Date.now());
  // The page's signature has long expired by the time the pop-up shows.
  spec.server.signedAfter = signedAt + 10 * 60_000;
  await page.clock.fastForward(2 * DAY + 60_000);
  await expect(prompt(page).locator('#gv-link')).toHaveValue(
    'https://shop.example/?ref=ANNA-7K2',
    shown,
  );
  expect(spec.server.signs).toBe(2);
  await page.screenshot({ path: '.tmp/screenshots/identify-callback-days-later.png' });
});
