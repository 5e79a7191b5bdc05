import { grapevineServerClient, signServerRequest } from '@grapevine/adapter/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { openDatabase } from '../../src/db/open.js';
import { databaseKinds, postgresUrl, testDatabase } from '../helpers/database.js';
import { type Harness, startHarness, testSite } from '../helpers/harness.js';

vi.setConfig({ testTimeout: 30_000 });

const API_SECRET = 'api-secret-for-tests-0123456789abcdef';
const site = testSite({
  apiSecret: API_SECRET,
  webhook: { url: 'https://shop.example/hooks', secret: 'webhook-secret-0123456789' },
});
const noApi = testSite({ siteKey: 'shop-no-api' });
const hooks: string[] = [];
const shopFetch: typeof fetch = async (_url, init) => {
  hooks.push(String(init?.body));
  return new Response(null, { status: 204 });
};

describe.each(databaseKinds)('on %s', (kind) => {
  let db: Database;
  let h: Harness;
  let serial = 0;

  beforeAll(async () => {
    db = await testDatabase(kind);
    h = await startHarness(db, { site, sites: [site, noApi], fetch: shopFetch });
  }, 120_000);
  afterAll(async () => {
    await h?.close();
    await db?.close();
  });

  const client = (harness: Harness = h, apiSecret = API_SECRET) =>
    grapevineServerClient({
      endpoint: harness.url,
      siteKey: site.siteKey,
      apiSecret,
      now: () => harness.clock.now(),
    });
  const counts = async () =>
    (
      await db.query<{ orders: number; refunds: number; rewards: number }>(
        `select (select count(*)::int from orders) as orders,
           (select count(*)::int from order_refunds) as refunds,
           (select count(*)::int from rewards) as rewards`,
      )
    )[0];
  /** A friend's coupon of a fresh advocate. */
  async function coupon() {
    serial += 1;
    const advocate = h.advocate({
      id: `api-adv-${serial}`,
      email: `api-adv-${serial}@example.com`,
    });
    const { code } = await (await h.call('/v1/referrals', { body: { advocate } })).json();
    const claim = await (
      await h.call(`/v1/referrals/${code}/claims`, {
        body: { email: `api-friend-${serial}@example.net`, visitorId: `api-friend-${serial}` },
      })
    ).json();
    return claim.coupon.code as string;
  }
  /** A raw signed call, so tests can break one part of it. */
  async function raw(
    path: string,
    body: string,
    sign: { method?: string; path?: string; body?: string; seconds?: number; secret?: string } = {},
    headers: Record<string, string> = {},
  ) {
    const signature = await signServerRequest(sign.secret ?? API_SECRET, {
      method: sign.method ?? 'POST',
      path: sign.path ?? path,
      body: sign.body ?? body,
      timestamp: sign.seconds ?? Math.floor(h.clock.now() / 1000),
    });
    return fetch(`${h.url}${path}`, {
      method: 'POST',
      headers: { 'X-Grapevine-Site-Key': site.siteKey, ...signature, ...headers },
      body,
    });
  }

  it('records an order, a refund and a cancellation signed with the site’s apiSecret', async () => {
    const code = await coupon();
    const api = client();
    expect(
      await api.order({
        orderId: 'api-1',
        total: '129.90',
        currency: 'EUR',
        email: 'friend@example.net',
        discountCodes: [code],
        createdAt: new Date(h.clock.now()).toISOString(),
      }),
    ).toEqual({
      outcome: 'recorded',
      orderId: 'api-1',
      reward: { state: 'pending', amount: '10.00', currency: 'EUR' },
    });
    expect(
      await api.refund('api-1', {
        refundId: 'rf-1',
        amount: '32.475'.slice(0, 5),
        currency: 'EUR',
      }),
    ).toMatchObject({ outcome: 'recorded', reward: { state: 'pending', amount: '7.50' } });
    expect(await api.cancel('api-1')).toMatchObject({
      reward: { state: 'voided', amount: '0.00' },
    });
    expect(await api.cancel('api-1', { reason: 'fraud' })).toMatchObject({ outcome: 'duplicate' });
    expect(
      await api.refund('api-unknown', { refundId: 'x', amount: '1', currency: 'EUR' }),
    ).toEqual({
      outcome: 'waiting-for-order',
      orderId: 'api-unknown',
      reward: null,
    });
  });

  it('takes a cancellation with no body at all', async () => {
    const response = await raw('/v1/orders/api-empty/cancel', '');
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ outcome: 'waiting-for-order' });
  });

  it('takes a delivery before its order, applies it when the order comes, and answers replays as duplicates', async () => {
    const delivered = () => raw('/v1/orders/api-parcel/delivered', '');
    expect(await (await delivered()).json()).toMatchObject({
      outcome: 'waiting-for-order',
      orderId: 'api-parcel',
    });
    expect(await (await delivered()).json()).toMatchObject({ outcome: 'duplicate' });
    expect(
      await client().order({
        orderId: 'api-parcel',
        total: '10.00',
        currency: 'EUR',
        locale: 'nb-NO',
      }),
    ).toMatchObject({ outcome: 'recorded' });
    const [order] = await db.query<{ delivered: boolean; locale: string }>(
      `select delivered_at = $1 as delivered, locale from orders where order_id = 'api-parcel'`,
      [new Date(h.clock.now())],
    );
    expect(order).toEqual({ delivered: true, locale: 'nb-NO' });
    expect(await client().delivered('api-parcel')).toMatchObject({ outcome: 'duplicate' });
    const bad = await raw(
      '/v1/orders/api-parcel/delivered',
      JSON.stringify({ deliveredAt: 'yesterday' }),
    );
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toContain(
      'deliveredAt',
    );
    const browser = await raw(
      '/v1/orders/api-parcel/delivered',
      '',
      {},
      {
        Origin: 'https://shop.example',
      },
    );
    expect(browser.status).toBe(403);
  });

  it.each([
    [
      'a forged signature (wrong secret)',
      () => ({ secret: 'not-the-secret-0123456789abcdef0000' }),
    ],
    [
      'a replayed signature from 6 minutes ago',
      () => ({ seconds: Math.floor(h.clock.now() / 1000) - 360 }),
    ],
    ["another order's signature", () => ({ path: '/v1/orders/api-other/delivered' })],
  ])('refuses a delivery report with %s (401) and keeps nothing', async (_label, sign) => {
    const response = await raw('/v1/orders/api-forged-parcel/delivered', '', sign());
    expect(response.status).toBe(401);
    const kept = await db.query(
      "select 1 from order_deliveries where order_ref = 'api-forged-parcel' union all select 1 from orders where order_id = 'api-forged-parcel'",
    );
    expect(kept).toEqual([]);
  });

  describe('refuses with 401 and stores nothing', () => {
    const body = JSON.stringify({ orderId: 'api-forged', total: '99999.00', currency: 'EUR' });
    it.each([
      ['a forged signature (wrong secret)', { secret: 'not-the-secret-0123456789abcdef0000' }],
      ['an expired timestamp (6 minutes old)', { seconds: -360 }],
      ['a timestamp from the future', { seconds: 360 }],
      ['a tampered body', { body: body.replace('99999', '1') }],
      ['a signature for another path', { path: '/v1/orders/api-forged/refunds' }],
      ['a signature for another method', { method: 'GET' }],
    ])('%s', async (_label, sign) => {
      const before = await counts();
      const seconds =
        'seconds' in sign ? Math.floor(h.clock.now() / 1000) + (sign.seconds ?? 0) : undefined;
      const response = await raw('/v1/orders', body, {
        ...sign,
        ...(seconds === undefined ? {} : { seconds }),
      });
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ error: { code: 'invalid-signature' } });
      expect(await counts()).toEqual(before);
    });

    it.each([
      ['no signature', undefined],
      ['a malformed signature', 't=abc,v1=zz'],
      ['a signature without a timestamp', `v1=${'0'.repeat(64)}`],
    ])('%s', async (_label, header) => {
      const before = await counts();
      const response = await fetch(`${h.url}/v1/orders`, {
        method: 'POST',
        headers: {
          'X-Grapevine-Site-Key': site.siteKey,
          ...(header ? { 'Grapevine-Signature': header } : {}),
        },
        body,
      });
      expect(response.status).toBe(401);
      expect(await counts()).toEqual(before);
    });

    it('a replayed call: a genuine signature resent after 5 minutes', async () => {
      const cancel = '/v1/orders/api-replayed/cancel';
      const signature = await signServerRequest(API_SECRET, {
        method: 'POST',
        path: cancel,
        body: '',
        timestamp: Math.floor(h.clock.now() / 1000),
      });
      h.clock.advance(301_000);
      const before = await counts();
      const response = await fetch(`${h.url}${cancel}`, {
        method: 'POST',
        headers: { 'X-Grapevine-Site-Key': site.siteKey, ...signature },
      });
      expect(response.status).toBe(401);
      expect(await counts()).toEqual(before);
    });

    it('a refund re-signed as a cancellation of the same order', async () => {
      const refund = JSON.stringify({ refundId: 'r', amount: '1.00', currency: 'EUR' });
      const before = await counts();
      const response = await raw('/v1/orders/api-1/cancel', refund, {
        path: '/v1/orders/api-1/refunds',
      });
      expect(response.status).toBe(401);
      expect(await counts()).toEqual(before);
    });

    it('a site without an apiSecret', async () => {
      const response = await fetch(`${h.url}/v1/orders`, {
        method: 'POST',
        headers: {
          'X-Grapevine-Site-Key': noApi.siteKey,
          ...(await signServerRequest(API_SECRET, { method: 'POST', path: '/v1/orders', body })),
        },
        body,
      });
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ error: { code: 'server-auth-disabled' } });
    });
  });

  it('is never exposed to browsers: no CORS, and a request with Origin is refused', async () => {
    const preflight = await fetch(`${h.url}/v1/orders`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://shop.example', 'Access-Control-Request-Method': 'POST' },
    });
    expect(preflight.status).toBe(403);
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    const body = JSON.stringify({ orderId: 'api-browser', total: '1.00', currency: 'EUR' });
    const response = await raw('/v1/orders', body, {}, { Origin: 'https://shop.example' });
    expect(response.status).toBe(403);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(await db.query("select 1 from orders where order_id = 'api-browser'")).toEqual([]);
  });

  it.each([
    [
      { orderId: 'b1', total: '12.345', currency: 'EUR' },
      'total: EUR has 2 decimals, got "12.345"',
    ],
    [{ orderId: 'b2', total: '1.5', currency: 'JPY' }, 'total: JPY has no decimals, got "1.5"'],
    [{ orderId: 'b3', total: 12.34, currency: 'EUR' }, 'total:'],
    [{ orderId: 'b4', total: '1e3', currency: 'EUR' }, 'total:'],
    [{ orderId: 'b5', total: '10.00', currency: 'euro' }, 'currency:'],
    [{ total: '10.00', currency: 'EUR' }, 'orderId:'],
    [{ orderId: 'b6', total: '10.00', currency: 'EUR', createdAt: 'yesterday' }, 'createdAt:'],
    [{ orderId: 'b7', total: '10.00', currency: 'EUR', locale: 'Danish!' }, 'locale:'],
  ])('answers 400 naming the field for %j', async (order, message) => {
    const response = await raw('/v1/orders', JSON.stringify(order));
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { message: string } }).error.message).toContain(
      message,
    );
  });

  it('credits once when the same order is posted to several server processes at once', async () => {
    const code = await coupon();
    // Separate database handles (connection pools) on the same database: separate processes.
    const others: { db: Database; h: Harness }[] = [];
    if (kind === 'postgres' && postgresUrl) {
      const [{ schema } = { schema: '' }] = await db.query<{ schema: string }>(
        'select current_schema() as schema',
      );
      for (let i = 0; i < 2; i += 1) {
        const other = await openDatabase({ url: postgresUrl, schema });
        others.push({ db: other, h: await startHarness(other, { site, fetch: shopFetch }) });
      }
    }
    try {
      const servers = [h, ...others.map((o) => o.h)];
      for (const server of servers) server.clock.set(h.clock.now());
      const order = { orderId: 'api-race', total: '80.00', currency: 'EUR', discountCodes: [code] };
      const results = await Promise.all(
        Array.from({ length: 9 }, (_, i) => client(servers[i % servers.length]).order(order)),
      );
      expect(results.filter((r) => r.outcome === 'recorded')).toHaveLength(1);
      expect(results.filter((r) => r.outcome === 'duplicate')).toHaveLength(8);
      const rows = await db.query(
        "select 1 from webhook_deliveries where type = 'conversion.credited' and payload->'data'->>'orderId' = 'api-race'",
      );
      expect(rows).toHaveLength(1);
      expect(await db.query("select 1 from rewards where order_id = 'api-race'")).toHaveLength(1);
    } finally {
      for (const other of others) {
        await other.h.close();
        await other.db.close();
      }
    }
  });
});
