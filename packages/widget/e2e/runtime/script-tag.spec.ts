// The script tag in real Chromium: stub queue replay, double load, SPA navigation, two tabs,
// a strict CSP page, and no error ever reaching the host page.
import { expect, type Page, test } from '@playwright/test';
import { STUB } from '../../src/script/snippet.js';
import { ERROR_COUNTER, serverForFile } from './serve.js';

const spec = serverForFile();

const referral = { id: 'refer', kind: 'referral', triggers: [{ type: 'purchase' }] };

function shopPage(options: {
  campaigns: unknown[];
  head?: string;
  scripts?: number;
  inlineStub?: string;
}): string {
  const tag = `<script async src="/cdn/v1/grapevine.js" data-endpoint="${spec.server.origin}/api" data-site-key="pk_test" data-config="gv-campaigns"></script>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Shop</title>
${options.inlineStub === undefined ? '' : `<script>${STUB}${options.inlineStub}</script>`}
${options.head ?? ''}
<script type="application/json" id="gv-campaigns">${JSON.stringify({ campaigns: options.campaigns })}</script>
${tag.repeat(options.scripts ?? 1)}
</head><body><h1>Thank you for your order</h1><button id="buy">Buy</button></body></html>`;
}

async function open(page: Page, path: string): Promise<string[]> {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.addInitScript(ERROR_COUNTER);
  await page.goto(`${spec.server.origin}${path}`);
  return pageErrors;
}

async function expectNoErrors(page: Page, pageErrors: string[]): Promise<void> {
  expect(pageErrors).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __errors: string[] }).__errors)).toEqual(
    [],
  );
}

const prompts = (page: Page) => page.locator('grapevine-prompt');
/** Generous: with two CPU cores shared by parallel suites, chunks can take a while. */
const shown = { timeout: 15_000 };

test('replays calls queued by the stub before the script arrived, in order', async ({ page }) => {
  spec.server.page('/replay/thanks', {
    html: shopPage({
      campaigns: [referral],
      inlineStub: `grapevine('identify', { id: 'c-1' });
        grapevine('on', 'shown', function (d) { window.__shown = d.campaignId; });
        grapevine('purchase', { orderId: 'R-1', total: 80, currency: 'EUR' });`,
    }),
  });
  const errors = await open(page, '/replay/thanks');
  await expect(prompts(page)).toHaveCount(1, shown);
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __shown?: string }).__shown))
    .toBe('refer');
  await expect
    .poll(() => spec.server.events.find((event) => event.orderId === 'R-1'), { timeout: 10_000 })
    .toMatchObject({ type: 'purchase', advocateId: 'c-1', total: 80, currency: 'EUR' });
  expect(
    await page.evaluate(() => Object.keys(window).filter((key) => key.startsWith('grapevine'))),
  ).toEqual(['grapevine']);
  await expectNoErrors(page, errors);
});

test('loading the script twice is harmless: one runtime, one prompt, one purchase', async ({
  page,
}) => {
  spec.server.page('/twice/thanks', {
    html: shopPage({
      campaigns: [referral],
      scripts: 2,
      inlineStub: `grapevine('purchase', { orderId: 'T-2', total: 12, currency: 'EUR' });`,
    }),
  });
  const errors = await open(page, '/twice/thanks');
  await expect(prompts(page)).toHaveCount(1, shown);
  await page.waitForTimeout(1500);
  await expect(prompts(page)).toHaveCount(1, shown);
  await expect
    .poll(() => spec.server.events.filter((event) => event.orderId === 'T-2').length)
    .toBe(1);
  await expectNoErrors(page, errors);
});

test('SPA navigation to a matching URL shows the prompt without a page load', async ({ page }) => {
  const nps = {
    id: 'nps',
    kind: 'nps',
    triggers: [{ type: 'pageview' }],
    context: { url: { include: [{ match: 'prefix', value: '/spa/thanks' }] } },
  };
  spec.server.page('/spa/shop', { html: shopPage({ campaigns: [nps], inlineStub: '' }) });
  const errors = await open(page, '/spa/shop');
  await page.waitForFunction(
    () => (window as unknown as { grapevine?: { loaded?: boolean } }).grapevine?.loaded,
  );
  await page.waitForTimeout(500);
  await expect(prompts(page)).toHaveCount(0);
  await page.evaluate(() => history.pushState(null, '', '/spa/thanks?order=9'));
  await expect(prompts(page)).toHaveCount(1, shown);
  await expectNoErrors(page, errors);
});

test('a scroll-depth campaign loads the sensors and shows on scrolling; a purchase-only page loads none', async ({
  page,
  browser,
}) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  const scrolled = { id: 'deep', kind: 'nps', triggers: [{ type: 'scroll-depth', percent: 50 }] };
  spec.server.page('/sensed/article', {
    html: shopPage({ campaigns: [scrolled], head: '<style>body{height:4000px}</style>' }),
  });
  const errors = await open(page, '/sensed/article');
  await expect.poll(() => requested).toContain('/cdn/v1/grapevine-watch-triggers.js');
  await page.waitForTimeout(300);
  await expect(prompts(page)).toHaveCount(0);
  await page.evaluate(() => window.scrollTo(0, 2500));
  await expect(prompts(page)).toHaveCount(1, shown);
  await expectNoErrors(page, errors);

  // Another visitor (a browser of their own), whose only campaign waits for a purchase.
  const other = await browser.newContext();
  try {
    const visitor = await other.newPage();
    const fetched: string[] = [];
    visitor.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    spec.server.page('/sensed/thanks', {
      html: shopPage({
        campaigns: [referral],
        inlineStub: `grapevine('purchase', { orderId: 'S-1', total: 20, currency: 'EUR' });`,
      }),
    });
    const visitorErrors = await open(visitor, '/sensed/thanks');
    await expect(prompts(visitor)).toHaveCount(1, shown);
    expect(fetched).toContain('/cdn/v1/grapevine-rules.js');
    expect(fetched).not.toContain('/cdn/v1/grapevine-watch-triggers.js');
    await expectNoErrors(visitor, visitorErrors);
  } finally {
    await other.close();
  }
});

for (const locks of [true, false]) {
  test(`two tabs: at most one prompt (${locks ? 'Web Locks' : 'no Web Locks: the storage lease, loaded apart'})`, async ({
    browser,
  }) => {
    const context = await browser.newContext();
    const requested: string[] = [];
    context.on('request', (request) => requested.push(new URL(request.url()).pathname));
    if (!locks) {
      // As in a browser without Web Locks (older Safari) or on a plain-HTTP page.
      await context.addInitScript(() =>
        Object.defineProperty(Navigator.prototype, 'locks', { get: () => undefined }),
      );
    }
    const nps = { id: 'nps', kind: 'nps', triggers: [{ type: 'pageview' }] };
    const path = `/tabs-${locks}/home`;
    spec.server.page(path, { html: shopPage({ campaigns: [nps], inlineStub: '' }) });
    const [first, second] = [await context.newPage(), await context.newPage()];
    const [firstErrors, secondErrors] = await Promise.all([open(first, path), open(second, path)]);
    await expect
      .poll(async () => (await prompts(first).count()) + (await prompts(second).count()))
      .toBe(1);
    await first.waitForTimeout(1000);
    expect((await prompts(first).count()) + (await prompts(second).count())).toBe(1);
    expect(requested.includes('/cdn/v1/grapevine-storage-lease.js')).toBe(!locks);
    await expectNoErrors(first, firstErrors);
    await expectNoErrors(second, secondErrors);
    await context.close();
  });
}

test('strict CSP (default-src self, no inline, no eval): the prompt shows with zero violations', async ({
  page,
}) => {
  spec.server.script(
    '/csp/app.js',
    `${STUB}grapevine('purchase', { orderId: 'C-5', total: 40, currency: 'EUR' });`,
  );
  spec.server.page('/csp/thanks', {
    html: shopPage({ campaigns: [referral], head: '<script src="/csp/app.js"></script>' }),
    headers: { 'content-security-policy': "default-src 'self'" },
  });
  const errors = await open(page, '/csp/thanks');
  await expect(prompts(page)).toHaveCount(1, shown);
  await expect
    .poll(() => spec.server.events.some((event) => event.orderId === 'C-5'), { timeout: 10_000 })
    .toBe(true);
  await page.waitForTimeout(300);
  expect(
    await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations),
  ).toEqual([]);
  await expectNoErrors(page, errors);
});

test('a slow backend (10 s) neither blocks the page nor loses the purchase; the pop-up waits for no link', async ({
  page,
}) => {
  spec.server.page('/slow/thanks', {
    html: shopPage({
      campaigns: [referral],
      inlineStub: `grapevine('purchase', { orderId: 'S-6', total: 5, currency: 'EUR' });`,
    }),
  });
  spec.server.backendDelay = 10_000;
  try {
    const errors = await open(page, '/slow/thanks');
    const stored = () =>
      page.evaluate(
        () =>
          `${localStorage.getItem('grapevine:v1:outbox')}${localStorage.getItem('grapevine:v1')}`,
      );
    await expect.poll(stored, shown).toContain('S-6');
    // The link did not come within the prompt's timeout (3 s): a referral pop-up without its
    // link is not shown (issue 13), and the page stayed usable meanwhile.
    await page.waitForTimeout(4000);
    await expect(prompts(page)).toHaveCount(0);
    expect(await page.evaluate(() => document.title)).toBe('Shop');
    await expectNoErrors(page, errors);
  } finally {
    spec.server.backendDelay = 0;
  }
});

test('a backend answering garbage: no pop-up without a link, events stay queued', async ({
  page,
}) => {
  spec.server.page('/garbage/thanks', {
    html: shopPage({
      campaigns: [referral],
      inlineStub: `grapevine('purchase', { orderId: 'G-7', total: 5, currency: 'EUR' });`,
    }),
  });
  spec.server.backendGarbage = true;
  try {
    const errors = await open(page, '/garbage/thanks');
    await page.waitForTimeout(2500);
    await expect(prompts(page)).toHaveCount(0);
    const stored = await page.evaluate(
      () => `${localStorage.getItem('grapevine:v1:outbox')}${localStorage.getItem('grapevine:v1')}`,
    );
    expect(stored).toContain('G-7');
    expect(spec.server.events.some((event) => event.orderId === 'G-7')).toBe(false);
    await expectNoErrors(page, errors);
  } finally {
    spec.server.backendGarbage = false;
  }
});
