import { grapevineServerClient } from '@grapevine/adapter/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { serverSignature } from '../../src/http/server-auth.js';
import { databaseKinds, testDatabase } from '../helpers/database.js';
import { type Harness, ORIGIN, startHarness, testSite } from '../helpers/harness.js';

vi.setConfig({ testTimeout: 30_000 });

const API_SECRET = 'api-secret-for-coupon-tests-0123456789abcdef';

describe.each(databaseKinds)('GET/POST /v1/coupons on %s', (kind) => {
  let db: Database;
  let h: Harness;

  beforeAll(async () => {
    db = await testDatabase(kind);
    h = await startHarness(db, { site: testSite({ apiSecret: API_SECRET }) });
  }, 120_000);
  afterAll(async () => {
    await h?.close();
    await db?.close();
  });

  /** A call signed like the shop's server signs it (or with `secret`, at `seconds`). */
  const signed = (
    method: 'GET' | 'POST',
    path: string,
    body = '',
    options: { secret?: string; seconds?: number; headers?: Record<string, string> } = {},
  ) => {
    const seconds = options.seconds ?? Math.floor(h.clock.now() / 1000);
    const mac = serverSignature(options.secret ?? API_SECRET, seconds, method, path, body);
    return h.call(path, {
      method,
      ...(body ? { body } : {}),
      headers: { 'Grapevine-Signature': `t=${seconds},v1=${mac}`, ...options.headers },
    });
  };

  async function coupon(email: string): Promise<string> {
    const referral = await h.call('/v1/referrals', {
      body: { advocate: h.advocate({ id: `r-${email}`, email: `adv-${email}` }) },
    });
    const { code } = (await referral.json()) as { code: string };
    const claim = await h.call(`/v1/referrals/${code}/claims`, {
      body: { email, visitorId: `v-${email}` },
    });
    return ((await claim.json()) as { coupon: { code: string } }).coupon.code;
  }

  it("checks and redeems a code for the shop's server, once per order", async () => {
    const code = await coupon('dora@example.com');
    const check = await signed('GET', `/v1/coupons/${code}`);
    expect(check.status).toBe(200);
    expect(check.headers.get('access-control-allow-origin')).toBeNull();
    expect(await check.json()).toMatchObject({
      code,
      status: 'valid',
      reward: h.site.offer.friend,
    });
    const body = JSON.stringify({ orderId: 'order-77' });
    const redeem = await signed('POST', `/v1/coupons/${code}/redeem`, body);
    expect(await redeem.json()).toMatchObject({ status: 'redeemed', orderId: 'order-77' });
    expect((await signed('POST', `/v1/coupons/${code}/redeem`, body)).status).toBe(200);
    const other = await signed(
      'POST',
      `/v1/coupons/${code}/redeem`,
      JSON.stringify({ orderId: 'order-78' }),
    );
    expect(other.status).toBe(409);
    expect(await other.json()).toMatchObject({ error: { code: 'coupon-redeemed' } });
    expect(await (await signed('GET', '/v1/coupons/GV-NONE-NONE-NONE')).json()).toEqual({
      code: 'GV-NONE-NONE-NONE',
      status: 'unknown',
    });
  });

  it("answers what @grapevine/adapter/server's client expects (checkCoupon, redeemCoupon)", async () => {
    const client = grapevineServerClient({
      endpoint: h.url,
      siteKey: h.site.siteKey,
      apiSecret: API_SECRET,
      now: h.clock.now,
    });
    const code = await coupon('client@example.com');
    expect(await client.checkCoupon(code)).toMatchObject({ code, status: 'valid' });
    expect(await client.redeemCoupon(code, 'order-c1')).toMatchObject({
      status: 'redeemed',
      orderId: 'order-c1',
    });
    await expect(client.redeemCoupon(code, 'order-c2')).rejects.toMatchObject({
      status: 409,
      code: 'coupon-redeemed',
    });
    expect(await client.checkCoupon('GV-NONE-NONE-NONE')).toEqual({
      code: 'GV-NONE-NONE-NONE',
      status: 'unknown',
    });
  });

  it.each([
    ['no signature', (path: string) => h.call(path), 401, 'invalid-signature'],
    [
      'the public site key alone, from a browser',
      (path: string) => h.call(path, { headers: { Origin: ORIGIN } }),
      403,
      'browser-not-allowed',
    ],
    [
      'a wrong secret',
      (path: string) =>
        signed('GET', path, '', { secret: 'not-the-api-secret-0123456789abcdef012345' }),
      401,
      'invalid-signature',
    ],
    [
      'an expired signature',
      (path: string) =>
        signed('GET', path, '', { seconds: Math.floor(h.clock.now() / 1000) - 301 }),
      401,
      'invalid-signature',
    ],
  ])('refuses %s and changes nothing', async (_, call, status, code) => {
    const coupon1 = await coupon(`refused-${status}-${code}-${Math.random()}@example.com`);
    const response = await call(`/v1/coupons/${coupon1}`);
    expect(response.status).toBe(status);
    expect(await response.json()).toMatchObject({ error: { code } });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses a redeem signed for another path (replay against another code)', async () => {
    const first = await coupon('replay-1@example.com');
    const second = await coupon('replay-2@example.com');
    const body = JSON.stringify({ orderId: 'order-1' });
    const seconds = Math.floor(h.clock.now() / 1000);
    const mac = serverSignature(API_SECRET, seconds, 'POST', `/v1/coupons/${first}/redeem`, body);
    const replayed = await h.call(`/v1/coupons/${second}/redeem`, {
      method: 'POST',
      body,
      headers: { 'Grapevine-Signature': `t=${seconds},v1=${mac}` },
    });
    expect(replayed.status).toBe(401);
    expect(await (await signed('GET', `/v1/coupons/${second}`)).json()).toMatchObject({
      status: 'valid',
    });
  });

  it('answers 400 for a malformed code or body', async () => {
    expect((await signed('GET', '/v1/coupons/a%20b')).status).toBe(400);
    const code = await coupon('bad-body@example.com');
    expect((await signed('POST', `/v1/coupons/${code}/redeem`, '{"orderId":""}')).status).toBe(400);
  });
});
