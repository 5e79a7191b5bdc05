import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DAY } from '../../src/clock.js';
import { checkCoupon, redeemCoupon } from '../../src/coupons/checkout.js';
import type { Database } from '../../src/db/database.js';
import { isHttpError } from '../../src/errors.js';
import { databaseKinds, testDatabase } from '../helpers/database.js';
import { type Harness, startHarness } from '../helpers/harness.js';

vi.setConfig({ testTimeout: 30_000 });

describe.each(databaseKinds)('coupon check and redeem on %s', (kind) => {
  let db: Database;
  let h: Harness;
  let advocates = 0;

  beforeAll(async () => {
    db = await testDatabase(kind);
    h = await startHarness(db);
  }, 120_000);
  afterAll(async () => {
    await h?.close();
    await db?.close();
  });

  async function claimed(email: string): Promise<string> {
    advocates += 1;
    const referral = await h.call('/v1/referrals', {
      body: { advocate: h.advocate({ id: `c-${advocates}`, email: `c-${advocates}@example.com` }) },
    });
    const { code } = (await referral.json()) as { code: string };
    const response = await h.call(`/v1/referrals/${code}/claims`, {
      body: { email, visitorId: `v-${email}` },
    });
    return ((await response.json()) as { coupon: { code: string } }).coupon.code;
  }
  const status = async (promise: Promise<unknown>) => {
    const error = await promise.then(
      () => undefined,
      (e: unknown) => e,
    );
    return isHttpError(error) ? `${error.status} ${error.code}` : error;
  };

  it('checks a valid code (case-blind) with the offer, and an unknown one', async () => {
    const code = await claimed('check@example.com');
    expect(await checkCoupon(h.ctx, h.site, code.toLowerCase())).toEqual({
      code,
      status: 'valid',
      reward: h.site.offer.friend,
      expiresAt: new Date(h.clock.now() + 30 * DAY).toISOString(),
    });
    expect(await checkCoupon(h.ctx, h.site, 'GV-NOPE-NOPE-NOPE')).toEqual({
      code: 'GV-NOPE-NOPE-NOPE',
      status: 'unknown',
    });
    expect(await status(redeemCoupon(h.ctx, h.site, 'GV-NOPE-NOPE-NOPE', 'o-1'))).toBe(
      '404 unknown-coupon',
    );
  });

  it('redeems once: the same order again is fine, another order gets 409', async () => {
    const code = await claimed('redeem@example.com');
    expect(await redeemCoupon(h.ctx, h.site, code, 'order-1')).toMatchObject({
      status: 'redeemed',
      orderId: 'order-1',
    });
    expect(await redeemCoupon(h.ctx, h.site, code, 'order-1')).toMatchObject({
      status: 'redeemed',
      orderId: 'order-1',
    });
    expect(await status(redeemCoupon(h.ctx, h.site, code, 'order-2'))).toBe('409 coupon-redeemed');
    expect(await checkCoupon(h.ctx, h.site, code)).toMatchObject({
      status: 'redeemed',
      orderId: 'order-1',
    });
  });

  it('lets exactly one of two racing orders redeem a code', async () => {
    const code = await claimed('race@example.com');
    const results = await Promise.all(
      ['order-a', 'order-b', 'order-c'].map((orderId) =>
        status(redeemCoupon(h.ctx, h.site, code, orderId)),
      ),
    );
    expect(results.filter((result) => result === undefined)).toHaveLength(1);
    expect(results.filter((result) => result === '409 coupon-redeemed')).toHaveLength(2);
  });

  it('refuses an expired code', async () => {
    const code = await claimed('late@example.com');
    h.clock.advance(31 * DAY);
    expect(await checkCoupon(h.ctx, h.site, code)).toMatchObject({ status: 'expired' });
    expect(await status(redeemCoupon(h.ctx, h.site, code, 'order-9'))).toBe('409 coupon-expired');
  });
});
