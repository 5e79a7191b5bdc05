// The demo shop's backend against a real reference server (from source, PGlite in memory):
// it prices carts itself, checks coupons and confirms orders and refunds server to server.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signAdvocate } from '@grapevine/adapter/server';
import {
  createApp,
  type Database,
  type GrapevineApp,
  type Listening,
  listen,
  loadConfig,
  openDatabase,
} from '@grapevine/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startStorefront } from '../serve.mjs';

vi.setConfig({ testTimeout: 30_000 });

const SITE_KEY = 'fika-test';
const SECRET = 'site-secret-for-shop-tests-0123456789';
const API_SECRET = 'api-secret-for-shop-tests-0123456789';

let db: Database;
let grapevine: GrapevineApp;
let api: Listening;
let shop: { url: string; close(): Promise<void> };
/** Where the shop's backend finds Grapevine: switched off to play "Grapevine is down". */
let apiUrl = '';
const logged: string[] = [];

beforeAll(async () => {
  const config = loadConfig({
    GRAPEVINE_ADMIN_TOKEN: 'admin-token-for-shop-tests-0123',
    GRAPEVINE_SITES: JSON.stringify([
      {
        siteKey: SITE_KEY,
        secret: SECRET,
        apiSecret: API_SECRET,
        origins: ['http://127.0.0.1:1'],
        landingUrl: 'http://127.0.0.1:1/?ref={code}',
        offer: { friend: { kind: 'percent', value: 20 }, advocate: { kind: 'percent', value: 20 } },
      },
    ]),
  });
  db = await openDatabase({ dataDir: 'memory://' });
  grapevine = createApp({ ...config, db });
  api = await listen(grapevine.app, { host: '127.0.0.1', port: 0 });
  apiUrl = api.url;
  shop = await startStorefront({
    apiUrl: () => apiUrl,
    widgetDir: mkdtempSync(join(tmpdir(), 'no-widget-')),
    siteKey: SITE_KEY,
    apiSecret: API_SECRET,
    log: (message: string) => logged.push(message),
  });
}, 120_000);

afterAll(async () => {
  await shop?.close();
  await api?.close();
  await db?.close();
});

const post = async (path: string, body?: unknown, contentType = 'application/json') => {
  const response = await fetch(`${shop.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': contentType },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: await response.json() };
};

const customer = { name: 'Bo Nielsen', email: 'bo@example.com' };
const storedOrder = async (orderId: string) =>
  (
    await db.query<{ total_minor: string; discount_codes: string[] }>(
      'select total_minor::text, discount_codes from orders where order_id = $1',
      [orderId],
    )
  )[0];
const rewardOf = async (orderId: string) =>
  (
    await db.query<{ state: string; amount_minor: string }>(
      'select state, amount_minor::text from rewards where order_id = $1',
      [orderId],
    )
  )[0];

let advocates = 0;
/** A friend's coupon, claimed through Grapevine's public API as the widget would. */
async function friendCoupon(friendEmail: string): Promise<string> {
  advocates += 1;
  const advocate = await signAdvocate(SECRET, {
    id: `customer:anna${advocates}@example.com`,
    email: `anna${advocates}@example.com`,
  });
  const headers = { 'content-type': 'application/json', 'x-grapevine-site-key': SITE_KEY };
  const referral = await fetch(`${apiUrl}/v1/referrals`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ advocate }),
  });
  const { code } = (await referral.json()) as { code: string };
  const claim = await fetch(`${apiUrl}/v1/referrals/${code}/claims`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ email: friendEmail, visitorId: `v-${friendEmail}` }),
  });
  return ((await claim.json()) as { coupon: { code: string } }).coupon.code;
}

describe('the shop backend', () => {
  it('prices the cart from its own catalogue: totals and prices from the browser are ignored', async () => {
    const placed = await post('/api/orders', {
      ...customer,
      lines: [{ id: 'kettle', qty: 2, price: 0.01, priceMinor: 1 }],
      total: 0.01,
      totalMinor: 1,
    });
    expect(placed).toMatchObject({
      status: 201,
      body: {
        subtotalMinor: 9800,
        discountMinor: 0,
        totalMinor: 9800,
        currency: 'EUR',
        confirmed: true,
      },
    });
    expect(await storedOrder(placed.body.orderId)).toEqual({
      total_minor: '9800',
      discount_codes: [],
    });
  });

  it('reports the delivery with the order (the demo café delivers at once), so the NPS email counts from it', async () => {
    const placed = await post('/api/orders', { ...customer, lines: [{ id: 'kettle', qty: 1 }] });
    expect(placed).toMatchObject({ status: 201, body: { confirmed: true } });
    const [order] = await db.query<{ delivered: boolean }>(
      'select delivered_at is not null as delivered from orders where order_id = $1',
      [placed.body.orderId],
    );
    expect(order).toEqual({ delivered: true });
  });

  it('checks a friend coupon with Grapevine and confirms the discounted order with it', async () => {
    const coupon = await friendCoupon('cai@example.com');
    expect(await post('/api/coupons/check', { code: coupon })).toEqual({
      status: 200,
      body: { valid: true, offer: { kind: 'percent', value: 20 } },
    });
    const placed = await post('/api/orders', {
      name: 'Cai Berg',
      email: 'cai@example.com',
      coupon,
      lines: [{ id: 'beans-nord', qty: 1 }],
    });
    expect(placed.body).toMatchObject({ totalMinor: 1160, discountMinor: 290, coupon });
    expect(await storedOrder(placed.body.orderId)).toEqual({
      total_minor: '1160',
      discount_codes: [coupon],
    });
    expect(await rewardOf(placed.body.orderId)).toEqual({ state: 'pending', amount_minor: '232' });
  });

  it('refuses a coupon Grapevine does not know, and places no order', async () => {
    const [{ n: before } = { n: 0 }] = await db.query<{ n: number }>(
      'select count(*)::int as n from orders',
    );
    expect(await post('/api/coupons/check', { code: 'MADE-UP-CODE' })).toEqual({
      status: 200,
      body: { valid: false, message: 'This code does not exist.' },
    });
    const placed = await post('/api/orders', {
      ...customer,
      coupon: 'MADE-UP-CODE',
      lines: [{ id: 'kettle', qty: 1 }],
    });
    expect(placed).toEqual({
      status: 400,
      body: { error: { code: 'invalid-coupon', message: 'coupon: This code does not exist.' } },
    });
    const [{ n: after } = { n: 0 }] = await db.query<{ n: number }>(
      'select count(*)::int as n from orders',
    );
    expect(after).toBe(before);
  });

  it.each<[string, unknown, string]>([
    ['an empty cart', { ...customer, lines: [] }, 'lines: expected 1 to 50 cart lines'],
    [
      'an unknown product',
      { ...customer, lines: [{ id: 'yacht', qty: 1 }] },
      'lines[0].id: not a product of this shop',
    ],
    [
      'no quantity',
      { ...customer, lines: [{ id: 'kettle' }] },
      'lines[0].qty: expected a whole number from 1 to 99',
    ],
    [
      'a fractional quantity',
      { ...customer, lines: [{ id: 'kettle', qty: 1.5 }] },
      'lines[0].qty: expected a whole number from 1 to 99',
    ],
    [
      'a negative quantity',
      { ...customer, lines: [{ id: 'kettle', qty: -2 }] },
      'lines[0].qty: expected a whole number from 1 to 99',
    ],
    [
      'a bad email',
      { name: 'X', email: 'nope', lines: [{ id: 'kettle', qty: 1 }] },
      'email: expected an email address',
    ],
    ['no name', { email: 'x@example.com', lines: [{ id: 'kettle', qty: 1 }] }, 'name: required'],
    ['not an object', 'hello', 'lines: expected 1 to 50 cart lines'],
  ])('refuses %s, naming the field', async (_label, body, message) => {
    const placed = await post('/api/orders', body);
    expect(placed.status).toBe(400);
    expect(placed.body.error.message).toBe(message);
  });

  it.each([
    [
      'a form post (no JSON: a cross-site form cannot place orders)',
      'application/x-www-form-urlencoded',
      415,
    ],
    ['plain text', 'text/plain', 415],
  ])('refuses %s', async (_label, type, status) => {
    expect(
      (await post('/api/orders', { ...customer, lines: [{ id: 'kettle', qty: 1 }] }, type)).status,
    ).toBe(status);
  });

  it('refunds the last order in full and tells Grapevine: the reward is voided', async () => {
    const coupon = await friendCoupon('dag@example.com');
    const placed = await post('/api/orders', {
      name: 'Dag',
      email: 'dag@example.com',
      coupon,
      lines: [{ id: 'mug-set', qty: 1 }],
    });
    expect(await rewardOf(placed.body.orderId)).toMatchObject({ state: 'pending' });
    const refund = await post('/api/orders/last/refund');
    expect(refund).toMatchObject({
      status: 200,
      body: { orderId: placed.body.orderId, amountMinor: 2560 },
    });
    expect(await rewardOf(placed.body.orderId)).toMatchObject({ state: 'voided' });
  });

  it('keeps selling while Grapevine is down, and confirms the order once it is back', async () => {
    apiUrl = 'http://127.0.0.1:9'; // nothing listens there
    const placed = await post('/api/orders', { ...customer, lines: [{ id: 'grinder', qty: 1 }] });
    expect(placed).toMatchObject({ status: 201, body: { totalMinor: 6400, confirmed: false } });
    expect(logged.some((line) => line.includes('not confirmed to Grapevine yet'))).toBe(true);
    apiUrl = api.url;
    await expect
      .poll(() => storedOrder(placed.body.orderId), { timeout: 10_000 })
      .toEqual({
        total_minor: '6400',
        discount_codes: [],
      });
  });
});
