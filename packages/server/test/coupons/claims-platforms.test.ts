import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { databaseKinds } from '../helpers/database.js';
import { type Harness, startHarness, testSite } from '../helpers/harness.js';
import { twoProcesses } from '../helpers/processes.js';
import { type Platform, type PlatformShop, platforms, startPlatformShop } from './platforms.js';

vi.setConfig({ testTimeout: 30_000 });

const HOUR = 3_600_000;

describe.each(databaseKinds)('on %s', (kind) => {
  describe.each(Object.keys(platforms) as Array<keyof typeof platforms>)('a %s shop', (name) => {
    let shop: PlatformShop;
    let db: Database;
    let h: Harness;
    let platform: Platform;
    let advocates = 0;

    beforeAll(async () => {
      shop = await startPlatformShop(kind, name);
      ({ db, h, platform } = shop);
    }, 120_000);
    afterAll(async () => {
      await shop?.close();
    });

    async function claim(email: string) {
      advocates += 1;
      const referral = await h.call('/v1/referrals', {
        body: {
          advocate: h.advocate({ id: `adv-${advocates}`, email: `adv-${advocates}@example.com` }),
        },
      });
      const { code } = (await referral.json()) as { code: string };
      const response = await h.call(`/v1/referrals/${code}/claims`, {
        body: { email, visitorId: `v-${email}` },
      });
      return (await response.json()) as {
        status: string;
        coupon: { code: string; applyUrl: string };
      };
    }
    const couponRef = async (code: string) =>
      (
        await db.query<{ coupon_ref: string | null }>(
          'select coupon_ref from claims where coupon = $1',
          [code],
        )
      )[0]?.coupon_ref;

    it('gives the friend the code at once and creates exactly that code in the shop', async () => {
      const seen = platform.fake.requests.length;
      const answer = await claim('first-friend@example.com');
      expect(answer.status).toBe('claimed');
      // The claim never waits for the platform: not one request was made for it.
      expect(platform.fake.requests.length).toBe(seen);
      expect(platform.refOf(answer.coupon.code)).toBeUndefined();
      const report = await h.tick();
      expect(report.jobs).toEqual({ done: 1, retrying: 0, failed: 0 });
      const ref = platform.refOf(answer.coupon.code);
      expect(ref).toBeDefined();
      expect(await couponRef(answer.coupon.code)).toBe(ref);
    });

    it('retries a platform that fails or limits the rate, then creates the code once', async () => {
      const answer = await claim('retry-friend@example.com');
      const before = platform.count();
      platform.fake.failNext({ status: 503, body: { error: 'down for maintenance' } });
      expect((await h.tick()).jobs).toEqual({ done: 0, retrying: 1, failed: 0 });
      expect(await couponRef(answer.coupon.code)).toBeNull();
      h.clock.advance(HOUR);
      platform.fake.failNext({
        status: 429,
        body: { error: 'slow down' },
        headers: { 'retry-after': '600' },
      });
      expect((await h.tick()).jobs.retrying).toBe(1);
      h.clock.advance(599_000);
      expect((await h.tick()).jobs.done).toBe(0); // Retry-After not over yet
      h.clock.advance(1_000);
      expect((await h.tick()).jobs.done).toBe(1);
      expect(platform.count()).toBe(before + 1);
      expect(await couponRef(answer.coupon.code)).toBe(platform.refOf(answer.coupon.code));
    });
  });

  it.each(Object.keys(platforms) as Array<keyof typeof platforms>)(
    'two server processes on one database issue one code per friend in %s',
    async (name) => {
      const { a, b, close } = await twoProcesses(kind);
      let now = () => 0;
      const platform = await platforms[name](() => now());
      const site = testSite({ fulfilment: platform.fulfilment });
      const [ha, hb] = [await startHarness(a, { site }), await startHarness(b, { site })];
      now = ha.clock.now;
      try {
        const referral = await ha.call('/v1/referrals', {
          body: { advocate: ha.advocate({ id: 'adv-two', email: 'two@example.com' }) },
        });
        const { code } = (await referral.json()) as { code: string };
        const claims = await Promise.all(
          [ha, hb, ha, hb].map(async (h, i) => {
            const response = await h.call(`/v1/referrals/${code}/claims`, {
              body: { email: 'dora@example.com', visitorId: `device-${i}` },
            });
            return ((await response.json()) as { coupon: { code: string } }).coupon.code;
          }),
        );
        expect(new Set(claims).size).toBe(1);
        const reports = await Promise.all([ha.tick(), hb.tick(), ha.tick(), hb.tick()]);
        expect(reports.reduce((sum, report) => sum + report.jobs.done, 0)).toBe(1);
        expect(platform.count()).toBe(1);
        expect(platform.refOf(claims[0] ?? '')).toBeDefined();
        const rows = await a.query('select id from claims');
        expect(rows).toHaveLength(1);
      } finally {
        await ha.close();
        await hb.close();
        await platform.fake.close();
        await close();
      }
    },
    60_000,
  );
});
