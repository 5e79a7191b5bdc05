// Round trips from a purchase to the prompt, over a slow network: every chunk is built
// self-contained (it imports no other file; read from the built files here), so the loader's
// imports are all a returning visitor's purchase needs: one round trip of chunk downloads,
// not one per level of imports.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { STUB } from '../../src/script/snippet.js';
import { builtCopy, ERROR_COUNTER, startServer, type TestServer } from './serve.js';

/** Every chunk response waits this long: a slow round trip, far above the page's own work. */
const LATENCY = 1500;

const files = builtCopy();
let server: TestServer;
test.beforeAll(async () => {
  server = await startServer(files);
});
test.afterAll(async () => {
  await server.close();
});

/** A chunk and every chunk it imports statically, directly or not, as the build wrote them. */
function withImports(file: string, found = new Set<string>()): Set<string> {
  found.add(file);
  const source = readFileSync(join(files, file), 'utf8');
  for (const [, next] of source.matchAll(/(?:from|import)\s*["']\.\/([\w.-]+\.js)["']/g)) {
    if (next && !found.has(next)) withImports(next, found);
  }
  return found;
}

const nps = {
  id: 'nps',
  kind: 'nps',
  npsKind: 'transactional',
  triggers: [{ type: 'purchase' }],
  frequency: { untilResponded: true },
};

const friendOffer = {
  id: 'welcome',
  kind: 'friend-offer',
  triggers: [{ type: 'event', name: 'referral-captured' }],
};

const shopPage = (
  campaigns: unknown[] = [nps],
) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Shop</title>
<script>${STUB}</script>
<script type="application/json" id="gv-campaigns">${JSON.stringify({ campaigns })}</script>
<script async src="/cdn/v1/grapevine.js" data-endpoint="${server.origin}/api" data-site-key="pk_test" data-config="gv-campaigns"></script>
</head><body><h1>Shop</h1></body></html>`;

test("a returning visitor's purchase fetches the rules and the NPS UI bundle (which carries the presenter) with all their imports in one round trip, and no other kind's UI", async ({
  page,
}) => {
  server.page('/trips/home', { html: shopPage() });
  server.page('/trips/thanks', { html: shopPage() });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(ERROR_COUNTER);
  // A first page view runs the rules and leaves the plan the next one sleeps on.
  await page.goto(`${server.origin}/trips/home`);
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('grapevine:v1:plan')), { timeout: 20_000 })
    .not.toBeNull();
  await page.goto(`${server.origin}/trips/thanks`);
  await expect
    .poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('grapevine:v1') ?? '{}')))
    .toMatchObject({ session: { pageviews: 2 } });

  const requested = new Map<string, number>();
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/cdn/v1/')) requested.set(path.slice('/cdn/v1/'.length), Date.now());
  });
  await page.route('**/cdn/v1/*.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, LATENCY));
    await route.continue();
  });
  const purchase = Date.now();
  await page.evaluate(() =>
    (window as unknown as { grapevine(...args: unknown[]): void }).grapevine('purchase', {
      orderId: 'T-1',
      total: 40,
      currency: 'EUR',
    }),
  );
  await expect(page.locator('grapevine-prompt').getByRole('dialog')).toBeVisible({
    timeout: 20_000,
  });
  const visible = Date.now();

  // Every file the prompt needed was asked for before the first chunk could arrive.
  const needed = new Set(
    ['grapevine-rules.js', 'grapevine-ui-nps.js'].flatMap((file) => [...withImports(file)]),
  );
  // Nothing to discover once a chunk has arrived: the build writes no shared chunk.
  expect([...needed].sort()).toEqual(['grapevine-rules.js', 'grapevine-ui-nps.js']);
  for (const file of needed) {
    const at = requested.get(file);
    expect(at, `${file} requested`).toBeDefined();
    expect((at ?? Infinity) - purchase, `${file} requested before any chunk arrived`).toBeLessThan(
      LATENCY,
    );
  }
  // One round trip (and the page's own work), not two.
  expect(visible - purchase).toBeLessThan(2 * LATENCY);
  // An NPS prompt downloads its own UI bundle only: not the other kinds', not the panel's.
  for (const file of ['grapevine-ui-referral.js', 'grapevine-ui-friend-offer.js']) {
    expect(requested.has(file), file).toBe(false);
  }
  expect(requested.has('grapevine-ui-panel.js')).toBe(false);
  // Nor the presenter alone: that is for headless pages.
  expect(requested.has('grapevine-prompt.js')).toBe(false);
  expect(errors).toEqual([]);
});

test("a friend's first page view from a referral link fetches the rules, the config check and the friend offer's chunks in one round trip", async ({
  page,
}) => {
  server.page('/trips/landing', { html: shopPage([friendOffer]) });
  const requested = new Map<string, number>();
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/cdn/v1/grapevine-')) {
      requested.set(path.slice('/cdn/v1/'.length), Date.now());
    }
  });
  // The chunks are slow; the loader itself is not (its time is not what is measured).
  await page.route('**/cdn/v1/grapevine-*.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, LATENCY));
    await route.continue();
  });
  await page.goto(`${server.origin}/trips/landing?ref=ANNA-7K2`);
  await expect(page.locator('grapevine-prompt')).toHaveCount(1, { timeout: 20_000 });
  const first = Math.min(...requested.values());
  const needed = ['rules', 'schema', 'ui-friend-offer', 'adapter'].flatMap((name) => [
    ...withImports(`grapevine-${name}.js`),
  ]);
  for (const file of new Set(needed)) {
    const at = requested.get(file);
    expect(at, `${file} requested`).toBeDefined();
    expect((at ?? Infinity) - first, `${file} requested before any chunk arrived`).toBeLessThan(
      LATENCY,
    );
  }
  // The friend offer's UI bundle, no other kind's.
  const uis = [...requested.keys()].filter((file) => file.startsWith('grapevine-ui-'));
  expect(uis).toEqual(['grapevine-ui-friend-offer.js']);
  expect(requested.has('grapevine-prompt.js')).toBe(false); // carried by that bundle
});
