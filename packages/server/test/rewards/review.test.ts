import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { DAY } from '../../src/clock.js';
import type { Database } from '../../src/db/database.js';
import { isHttpError } from '../../src/errors.js';
import {
  approveHeldReward,
  markRewardFulfilled,
  rejectHeldReward,
} from '../../src/services/rewards.js';
import { databaseKinds, testDatabase } from '../helpers/database.js';
import { type Harness, startHarness, TEST_LIMITS, testSite } from '../helpers/harness.js';
import { orderKit } from '../helpers/orders.js';

const received: { body: string }[] = [];
const shopFetch: typeof fetch = async (_url, init) => {
  received.push({ body: String(init?.body) });
  return new Response(null, { status: 204 });
};
const HOUR = 3_600_000;
const ops = { actor: 'admin:ops' as const, reason: 'checked the order by phone' };

vi.setConfig({ testTimeout: 30_000 });

describe.each(databaseKinds)('on %s', (kind) => {
  let db: Database;
  let h: Harness;
  let k: ReturnType<typeof orderKit>;

  beforeAll(async () => {
    db = await testDatabase(kind);
    h = await startHarness(db, {
      fetch: shopFetch,
      trustProxy: true,
      site: testSite({
        offer: { friend: { kind: 'percent', value: 20 }, advocate: { kind: 'percent', value: 10 } },
        limits: {
          ...TEST_LIMITS,
          maxReward: { minor: 5000, currency: 'EUR' },
          reviewAbove: { minor: 3000, currency: 'EUR' },
          rewardsPer30Days: 3,
          velocityPerHour: 2,
        },
        webhook: { url: 'https://shop.example/hooks', secret: 'webhook-secret-0123456789' },
      }),
    });
    k = orderKit(h, db, received);
  }, 120_000);
  afterAll(async () => {
    await h?.close();
    await db?.close();
  });
  beforeEach(async () => {
    await h.tick();
    received.length = 0;
  });

  /** A reward row with its evidence, as the review queue reads it. */
  async function stored(orderId: string) {
    const rows = await db.query<{
      held_reason: string | null;
      amount_minor: number;
      order_total_minor: number;
      evidence: Record<string, unknown>;
    }>(
      `select held_reason, amount_minor::float8 as amount_minor,
         order_total_minor::float8 as order_total_minor, evidence
       from rewards where site_key = $1 and order_id = $2`,
      [h.site.siteKey, orderId],
    );
    return rows[0];
  }
  /** The reward's audit log, oldest first. */
  function auditOf(orderId: string) {
    return db.query<{ fromState: string | null; toState: string; actor: string; reason: string }>(
      `select from_state as "fromState", to_state as "toState", actor, reason from reward_audit
       where site_key = $1 and order_id = $2 order by id`,
      [h.site.siteKey, orderId],
    );
  }

  /** A fresh friend of `code` buys for `total` minor units with their coupon, from `ip`. */
  async function friendBuys(code: string, orderId: string, total: number, ip = '203.0.113.7') {
    const coupon = await k.claim(code, `f-${orderId}`, ip);
    return k.order(orderId, { discountCodes: [coupon], total: { minor: total, currency: 'EUR' } });
  }

  describe('limits', () => {
    it('computes 10 % of the verified total and pays it when under the review threshold', async () => {
      const { code } = await k.advocate();
      expect((await friendBuys(code, 'l-small', 19_999)).reward).toEqual({
        state: 'pending',
        amountMinor: 2000,
        currency: 'EUR',
      });
    });

    it('clamps to maxReward, and holds a reward above the review threshold', async () => {
      const { code } = await k.advocate();
      expect((await friendBuys(code, 'l-big', 100_000)).reward).toMatchObject({
        state: 'held',
        amountMinor: 5000,
      });
      expect(await stored('l-big')).toMatchObject({
        held_reason: 'above-review-threshold',
        amount_minor: 5000,
        order_total_minor: 100_000,
        evidence: {
          signals: ['above-review-threshold'],
          clamped: true,
          order: { id: 'l-big', total: '1000.00', currency: 'EUR' },
          attribution: { by: 'coupon' },
        },
      });
    });

    it('holds conversions beyond the velocity limit on one code within an hour', async () => {
      const { code } = await k.advocate();
      await friendBuys(code, 'v-1', 10_000);
      await friendBuys(code, 'v-2', 10_000);
      expect((await friendBuys(code, 'v-3', 10_000)).reward?.state).toBe('held');
      expect((await k.reward('v-3'))?.held_reason).toBe('velocity');
      h.clock.advance(HOUR + 1);
      expect((await friendBuys(code, 'v-4', 10_000)).reward?.state).toBe('held'); // 30-day cap
      expect((await k.reward('v-4'))?.held_reason).toBe('advocate-cap');
    });

    it('holds rewards beyond the per-advocate 30-day cap, and counts afresh after 30 days', async () => {
      const { code } = await k.advocate();
      for (const n of [1, 2, 3]) {
        expect((await friendBuys(code, `c-${n}`, 10_000)).reward?.state).toBe('pending');
        h.clock.advance(2 * HOUR);
      }
      expect((await friendBuys(code, 'c-4', 10_000)).reward?.state).toBe('held');
      expect((await k.reward('c-4'))?.held_reason).toBe('advocate-cap');
      h.clock.advance(30 * DAY);
      expect((await friendBuys(code, 'c-5', 10_000)).reward?.state).toBe('pending');
    });
  });

  describe('fraud signals', () => {
    it('holds when the friend shares the advocate’s client address, storing only hashes', async () => {
      const { code } = await k.advocate('192.0.2.55');
      await friendBuys(code, 's-ip', 10_000, '192.0.2.55');
      expect(await k.reward('s-ip')).toMatchObject({ state: 'held', held_reason: 'same-ip' });
      expect((await stored('s-ip'))?.evidence).toMatchObject({ sharedIpHashes: 1 });
      const leaks = await db.query(
        `select 1 from events where payload::text like '%192.0.2.55%' or client_ip_hash like '%192.0.2.55%'
         union all select 1 from claims where client_ip_hash like '%192.0.2.55%'`,
      );
      expect(leaks).toEqual([]);
    });

    it('holds when the friend’s device shared the advocate’s link', async () => {
      const { code } = await k.advocate();
      await k.send(
        '198.51.100.9',
        k.event({
          type: 'share',
          visitorId: 'shared-device',
          channel: 'email',
          campaignId: 'c',
          variantId: 'v',
          code,
        }),
      );
      await k.report('shared-device', 's-device', { referralCode: code }, '203.0.113.99');
      await k.order('s-device', { total: { minor: 10_000, currency: 'EUR' } });
      expect(await k.reward('s-device')).toMatchObject({
        state: 'held',
        held_reason: 'same-ip, same-device', // the device's share came from its address too
      });
    });
  });

  describe('review', () => {
    async function held(orderId: string) {
      const { code } = await k.advocate();
      await friendBuys(code, orderId, 100_000);
      return code;
    }

    it('approving inside the return window sends it back to pending; the tick approves it later', async () => {
      await held('r-early');
      expect(await approveHeldReward(h.ctx, h.site, 'r-early', ops)).toMatchObject({
        to: 'pending',
      });
      expect(await k.reward('r-early')).toMatchObject({ state: 'pending' });
      h.clock.advance(15 * DAY);
      await h.tick();
      expect(await k.reward('r-early')).toMatchObject({ state: 'approved' });
      const audit = await auditOf('r-early');
      expect(audit.map((a) => [a.fromState, a.toState, a.actor])).toEqual([
        [null, 'held', 'order:api'],
        ['held', 'pending', 'admin:ops'],
        ['pending', 'approved', 'system'],
      ]);
      expect(audit[1]?.reason).toBe('checked the order by phone');
    });

    it('the tick never approves a held reward; a person after the window approves it at once', async () => {
      await held('r-late');
      h.clock.advance(15 * DAY);
      await h.tick();
      expect(await k.reward('r-late')).toMatchObject({ state: 'held' });
      expect(await approveHeldReward(h.ctx, h.site, 'r-late', ops)).toMatchObject({
        to: 'approved',
        webhook: 'reward.approved',
      });
      expect((await k.webhooksOf('r-late')).map((w) => w.type)).toContain('reward.approved');
    });

    it('rejects with a reward.voided webhook, and refuses what makes no sense with 409', async () => {
      await held('r-reject');
      expect(await rejectHeldReward(h.ctx, h.site, 'r-reject', ops)).toMatchObject({
        to: 'rejected',
      });
      const voided = (await k.webhooksOf('r-reject')).find((w) => w.type === 'reward.voided');
      expect(voided?.data).toMatchObject({
        state: 'rejected',
        reason: 'checked the order by phone',
      });
      const failure = async (work: Promise<unknown>) => {
        try {
          await work;
        } catch (error) {
          return isHttpError(error) ? [error.status, error.code] : error;
        }
        return 'no error';
      };
      expect(await failure(approveHeldReward(h.ctx, h.site, 'r-reject', ops))).toEqual([
        409,
        'reward-state',
      ]);
      expect(await failure(approveHeldReward(h.ctx, h.site, 'nope', ops))).toEqual([
        404,
        'unknown-reward',
      ]);
      expect(
        await failure(rejectHeldReward(h.ctx, h.site, 'r-reject', { ...ops, reason: ' ' })),
      ).toEqual([400, 'invalid-request']);
    });

    it('marks an approved reward fulfilled once, and refuses a reversed one', async () => {
      await held('r-fulfil');
      h.clock.advance(15 * DAY);
      await approveHeldReward(h.ctx, h.site, 'r-fulfil', ops);
      const detail = { fulfilment: { provider: 'pool', code: 'GIFT-1' }, now: h.clock.now() };
      const fulfil = () =>
        db.transaction((tx) => markRewardFulfilled(tx, h.site, 'r-fulfil', detail));
      expect(await fulfil()).toMatchObject({ kind: 'move', to: 'fulfilled' });
      expect(await fulfil()).toMatchObject({ kind: 'unchanged' });
      const [row] = await db.query<{ fulfilment: unknown }>(
        "select fulfilment from rewards where order_id = 'r-fulfil'",
      );
      expect(row?.fulfilment).toEqual({ provider: 'pool', code: 'GIFT-1' });
      await k.cancel('r-fulfil');
      expect(await k.reward('r-fulfil')).toMatchObject({ state: 'reversed' });
      expect(
        await db.transaction((tx) => markRewardFulfilled(tx, h.site, 'r-fulfil', detail)),
      ).toMatchObject({ kind: 'refused' });
    });
  });

  it('shows the advocate pending (held included) and earned rewards in major units', async () => {
    const a = await k.advocate();
    await friendBuys(a.code, 'st-1', 12_345); // 12.35 pending (half up)
    await friendBuys(a.code, 'st-2', 100_000); // 50.00 held
    const stats = async () =>
      (
        await h.call('/v1/advocates/me/stats', {
          headers: {
            'X-Grapevine-Advocate': encodeURIComponent(
              JSON.stringify(h.advocate({ id: a.id, email: a.email })),
            ),
          },
        })
      ).json();
    expect(await stats()).toMatchObject({
      conversions: 2,
      rewardsPending: 62.35,
      rewardsEarned: 0,
      currency: 'EUR',
    });
    h.clock.advance(15 * DAY);
    await h.tick();
    await k.refund('st-2', 'st-2-r', 100_000);
    expect(await stats()).toMatchObject({
      conversions: 1,
      rewardsPending: 0,
      rewardsEarned: 12.35,
    });
  });
});
