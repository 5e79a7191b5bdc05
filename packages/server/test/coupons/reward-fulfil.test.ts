import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DAY } from '../../src/clock.js';
import type { Database } from '../../src/db/database.js';
import { serverSignature } from '../../src/http/server-auth.js';
import { databaseKinds } from '../helpers/database.js';
import type { Harness } from '../helpers/harness.js';
import { type Platform, type PlatformShop, platforms, startPlatformShop } from './platforms.js';

vi.setConfig({ testTimeout: 30_000 });

const API_SECRET = 'api-secret-for-reward-tests-0123456789abcdef';

describe.each(databaseKinds)('on %s', (kind) => {
  describe.each(Object.keys(platforms) as Array<keyof typeof platforms>)('a %s shop', (name) => {
    let shop: PlatformShop;
    let db: Database;
    let h: Harness;
    let platform: Platform;

    beforeAll(async () => {
      shop = await startPlatformShop(kind, name, { apiSecret: API_SECRET });
      ({ db, h, platform } = shop);
    }, 120_000);
    afterAll(async () => {
      await shop?.close();
    });

    const order = (body: Record<string, unknown>) => {
      const text = JSON.stringify(body);
      const seconds = Math.floor(h.clock.now() / 1000);
      const mac = serverSignature(API_SECRET, seconds, 'POST', '/v1/orders', text);
      return h.call('/v1/orders', {
        method: 'POST',
        body: text,
        headers: { 'Grapevine-Signature': `t=${seconds},v1=${mac}` },
      });
    };
    const reward = async (orderId: string) =>
      (
        await db.query<{
          state: string;
          amount_minor: string;
          fulfilment: Record<string, unknown> | null;
        }>('select state, amount_minor::text, fulfilment from rewards where order_id = $1', [
          orderId,
        ])
      )[0];

    it('issues the approved reward at the platform once, after the friend ordered with the coupon', async () => {
      const referral = await h.call('/v1/referrals', {
        body: { advocate: h.advocate({ id: 'cus_advocate1', email: 'anna@example.com' }) },
      });
      const { code } = (await referral.json()) as { code: string };
      const claim = await h.call(`/v1/referrals/${code}/claims`, {
        body: { email: 'dora@example.com', visitorId: 'v-dora' },
      });
      const coupon = ((await claim.json()) as { coupon: { code: string } }).coupon.code;
      await h.tick(); // coupon.create
      expect(platform.refOf(coupon)).toBeDefined();

      const placed = await order({
        orderId: `${name}-1001`,
        total: '80.00',
        currency: 'EUR',
        email: 'dora@example.com',
        discountCodes: [coupon],
      });
      expect(placed.status).toBe(200);
      // testSite's advocate reward: 10 EUR.
      expect(await reward(`${name}-1001`)).toMatchObject({
        state: 'pending',
        amount_minor: '1000',
      });

      const before = platform.count();
      h.clock.advance(15 * DAY); // past the 14-day return window
      const report = await h.tick(); // approves, then runs the reward.fulfil job
      expect(report.rewardsApproved).toBe(1);
      expect(report.jobs.done).toBe(1);
      const fulfilled = await reward(`${name}-1001`);
      expect(fulfilled?.state).toBe('fulfilled');
      expect(fulfilled?.fulfilment).toMatchObject({ provider: name, ref: expect.any(String) });
      expect(platform.count()).toBe(before + 1);
      const issued = fulfilled?.fulfilment?.code as string;
      expect(platform.refOf(issued)).toBe(fulfilled?.fulfilment?.ref);

      // Nothing runs twice.
      h.clock.advance(DAY);
      expect((await h.tick()).jobs).toEqual({ done: 0, retrying: 0, failed: 0 });
      expect(platform.count()).toBe(before + 1);
    });
  });
});
