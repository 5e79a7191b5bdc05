// The script tag on a page that polluted its built-ins before and after the script loaded
// (Prototype.js's Array#toJSON, enumerable Object.prototype methods, a wrapped fetch that
// answers a bare thenable, a replaced Promise): the promoter journey works end to end, every
// events request is a 200 the server stores, and the stored ledger keeps the dismiss gap
// across a reload.
import { expect, type Page, test } from '@playwright/test';
import { STUB } from '../../src/script/snippet.js';
import { POLLUTE } from './host-globals.js';
import { ERROR_COUNTER, serverForFile } from './serve.js';

const spec = serverForFile();
/** Generous: with two CPU cores shared by parallel suites, chunks can take a while. */
const shown = { timeout: 20_000 };

function pollutedPage(campaigns: unknown[], stub = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Old shop</title>
<script>${POLLUTE}</script>
<script>${STUB}${stub}</script>
<script type="application/json" id="gv-campaigns">${JSON.stringify({ campaigns })}</script>
<script async src="/cdn/v1/grapevine.js" data-endpoint="${spec.server.origin}/api" data-site-key="pk_test" data-config="gv-campaigns"
  onload="${POLLUTE.replaceAll('"', '&quot;')}"></script>
</head><body><h1>Thank you for your order</h1></body></html>`;
}

async function open(page: Page, path: string): Promise<string[]> {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${spec.server.origin}${path}`);
  // Polluted before the script and again once it had loaded.
  await expect
    .poll(() => page.evaluate(() => (window as { __polluted?: number }).__polluted), shown)
    .toBe(2);
  return errors;
}

const prompt = (page: Page) => page.locator('grapevine-prompt');
const pageErrors = (page: Page) =>
  page.evaluate(() => (window as unknown as { __errors: string[] }).__errors);

test.beforeEach(async ({ page }) => {
  await page.addInitScript(ERROR_COUNTER);
  spec.server.eventStatuses.length = 0;
});

test('the promoter journey: answer, link, every events request a 200 the server stores', async ({
  page,
}) => {
  const nps = {
    id: 'nps',
    kind: 'nps',
    triggers: [{ type: 'purchase' }],
    promoterToReferral: true,
    frequency: { untilResponded: true },
  };
  spec.server.page('/polluted/thanks', {
    html: pollutedPage(
      [nps],
      `grapevine('purchase', { orderId: 'PJ-1', total: 80, currency: 'EUR' });`,
    ),
  });
  const errors = await open(page, '/polluted/thanks');
  expect(await page.evaluate(() => JSON.stringify([1]))).toBe('"[1]"'); // the pollution is real
  await expect(prompt(page).locator('[data-score="10"]')).toBeVisible(shown);
  await prompt(page).locator('[data-score="10"]').click();
  await prompt(page).getByRole('button', { name: 'Skip' }).click();
  await expect(prompt(page).locator('#gv-link')).toHaveValue(
    'https://shop.example/?ref=ANNA-7K2',
    shown,
  );
  await page.screenshot({ path: '.tmp/screenshots/host-globals-promoter.png' });
  // The answer is sent as the prompt closes (it waits for a comment until then).
  await prompt(page).getByRole('button', { name: 'Close' }).click();
  await expect(prompt(page)).toHaveCount(0, shown);
  await expect
    .poll(
      () =>
        spec.server.events.find(
          (event) => event.type === 'nps-answer' && event.campaignId === 'nps',
        ),
      shown,
    )
    .toMatchObject({ score: 10 });
  expect(spec.server.events.filter((event) => event.orderId === 'PJ-1')).toHaveLength(1);
  expect(spec.server.eventStatuses.length).toBeGreaterThan(0);
  expect(spec.server.eventStatuses.every((status) => status === 200)).toBe(true);
  // Requests went through the host's wrapper.
  expect(await page.evaluate(() => (window as { __fetches?: number }).__fetches)).toBeGreaterThan(
    0,
  );
  const state = await page.evaluate(() => localStorage.getItem('grapevine:v1') ?? '');
  expect(Array.isArray(JSON.parse(state).ledger)).toBe(true);
  expect(errors).toEqual([]);
  expect(await pageErrors(page)).toEqual([]);
});

test('a dismissed prompt stays away on reload: the stored ledger is intact', async ({ page }) => {
  const nps = {
    id: 'nps-dismiss',
    kind: 'nps',
    triggers: [{ type: 'pageview' }],
    frequency: { dismissGap: '21d' },
  };
  spec.server.page('/polluted/home', { html: pollutedPage([nps]) });
  const errors = await open(page, '/polluted/home');
  await expect(prompt(page).locator('[data-score="0"]')).toBeVisible(shown);
  await page.keyboard.press('Escape');
  await expect(prompt(page)).toHaveCount(0, shown);
  await expect
    .poll(
      () =>
        spec.server.events.find(
          (event) => event.type === 'dismiss' && event.campaignId === 'nps-dismiss',
        ),
      shown,
    )
    .toBeTruthy();
  await page.reload();
  await expect
    .poll(() => page.evaluate(() => (window as { __polluted?: number }).__polluted), shown)
    .toBe(2);
  await expect
    .poll(
      async () =>
        (await page.evaluate(() => JSON.parse(localStorage.getItem('grapevine:v1') ?? '{}')))
          ?.session?.pageviews,
      shown,
    )
    .toBe(2);
  await page.waitForTimeout(1500);
  await expect(prompt(page)).toHaveCount(0);
  const state = await page.evaluate(() => JSON.parse(localStorage.getItem('grapevine:v1') ?? '{}'));
  expect(state.ledger.map((entry: { type: string }) => entry.type)).toContain('dismiss');
  expect(spec.server.eventStatuses.every((status) => status === 200)).toBe(true);
  expect(errors).toEqual([]);
  expect(await pageErrors(page)).toEqual([]);
});
