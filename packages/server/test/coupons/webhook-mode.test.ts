import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { databaseKinds, testDatabase } from '../helpers/database.js';
import { type Harness, startHarness, testSite } from '../helpers/harness.js';

vi.setConfig({ testTimeout: 30_000 });

describe.each(databaseKinds)('the webhook fulfilment mode on %s', (kind) => {
  let db: Database;
  let h: Harness;

  beforeAll(async () => {
    db = await testDatabase(kind);
    h = await startHarness(db, {
      site: testSite({
        webhook: {
          url: 'https://shop.example/hooks/grapevine',
          secret: 'webhook-secret-0123456789',
        },
      }),
    });
  }, 120_000);
  afterAll(async () => {
    await h?.close();
    await db?.close();
  });

  it("queues one signed coupon.claimed webhook with the code, in the claim's transaction", async () => {
    const referral = await h.call('/v1/referrals', {
      body: { advocate: h.advocate({ id: 'w-1', email: 'w-1@example.com' }) },
    });
    const { code } = (await referral.json()) as { code: string };
    const claim = async () => {
      const response = await h.call(`/v1/referrals/${code}/claims`, {
        body: { email: 'Wanda@Example.com', visitorId: 'v-w' },
      });
      return ((await response.json()) as { coupon: { code: string; expiresAt: string } }).coupon;
    };
    const coupon = await claim();
    expect(await claim()).toEqual(coupon);
    const rows = await db.query<{ type: string; payload: { data: unknown } }>(
      "select type, payload from webhook_deliveries where type = 'coupon.claimed'",
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]?.payload.data).toEqual({
      claimId: expect.any(String),
      referralCode: code,
      coupon: { code: coupon.code, expiresAt: coupon.expiresAt },
      friend: { email: 'wanda@example.com' },
      reward: h.site.offer.friend,
    });
    expect(await db.query('select 1 from jobs')).toEqual([]);
  });
});
