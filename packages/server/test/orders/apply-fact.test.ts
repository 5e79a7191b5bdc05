import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { DAY } from '../../src/clock.js';
import type { Database } from '../../src/db/database.js';
import { verifyWebhook } from '../../src/webhooks/signature.js';
import { databaseKinds, testDatabase } from '../helpers/database.js';
import { type Harness, startHarness, testSite } from '../helpers/harness.js';
import { orderKit } from '../helpers/orders.js';

const WEBHOOK_SECRET = 'webhook-secret-0123456789';
const received: { headers: Headers; body: string }[] = [];
const shopFetch: typeof fetch = async (_url, init) => {
  received.push({ headers: new Headers(init?.headers), body: String(init?.body) });
  return new Response(null, { status: 204 });
};

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
      site: testSite({ webhook: { url: 'https://shop.example/hooks', secret: WEBHOOK_SECRET } }),
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

  describe('attribution', () => {
    it('credits the friend’s coupon on a verified order, at the verified total, once', async () => {
      const { code, id } = await k.advocate();
      const coupon = await k.claim(code, 'friend-coupon');
      const result = await k.order('o-coupon', {
        discountCodes: [` ${coupon.toLowerCase()} `],
        email: 'Friend.Coupon@example.net',
      });
      expect(result).toMatchObject({
        outcome: 'recorded',
        orderId: 'o-coupon',
        reward: { state: 'pending', amountMinor: 1000, currency: 'EUR' },
        credit: { credited: true },
      });
      expect(await k.reward('o-coupon')).toMatchObject({ attributed_by: 'coupon' });
      const hooks = await k.webhooksOf('o-coupon');
      expect(hooks).toEqual([
        expect.objectContaining({
          type: 'conversion.credited',
          data: expect.objectContaining({
            code,
            advocate: { id, email: `${id}@example.com` },
            total: { amount: '80.00', amountMinor: 8000, currency: 'EUR' },
            attributedBy: 'coupon',
            reward: expect.objectContaining({
              amount: '10.00',
              amountMinor: 1000,
              state: 'pending',
            }),
          }),
        }),
      ]);
      const delivery = received.find((r) => r.body.includes('"o-coupon"'));
      expect(
        verifyWebhook(
          WEBHOOK_SECRET,
          delivery?.headers.get('grapevine-signature'),
          delivery?.body ?? '',
          h.clock.now(),
        ),
      ).toBe(true);
      // The same coupon on a second order earns its advocate nothing more.
      expect((await k.order('o-coupon-again', { discountCodes: [coupon] })).reward).toBeNull();
    });

    it('matches a coupon by the provider’s object id (discountRefs vs claims.coupon_ref)', async () => {
      const { code } = await k.advocate();
      const coupon = await k.claim(code, 'friend-ref');
      await db.query('update claims set coupon_ref = $1 where coupon = $2', ['gid://1', coupon]);
      const result = await k.order('o-ref', { discountCodes: [], discountRefs: ['gid://1'] });
      expect(result.reward).toMatchObject({ state: 'pending', amountMinor: 1000 });
    });

    it('uses the browser’s report of this order (by id or alias) when it arrived first', async () => {
      const { code } = await k.advocate();
      await k.send('203.0.113.8', k.event({ type: 'referral-captured', visitorId: 'f-r1', code }));
      await k.report('f-r1', 'checkout-token-1', { referralCode: code.toLowerCase() });
      const result = await k.order('o-report', { aliases: ['checkout-token-1'] });
      expect(result.reward).toMatchObject({ state: 'pending', amountMinor: 1000 });
      expect(await k.reward('o-report')).toMatchObject({ attributed_by: 'order-report' });
    });

    it('credits when the browser’s report arrives after the verified order', async () => {
      const { code } = await k.advocate();
      expect((await k.order('o-late', { visitorId: 'f-late' })).reward).toBeNull();
      await k.report('f-late', 'o-late', { referralCode: code });
      expect(await k.reward('o-late')).toMatchObject({
        state: 'pending',
        amount_minor: 1000,
        attributed_by: 'order-report',
      });
      // A second report of the same order changes nothing.
      await k.report('f-late', 'o-late', { referralCode: code });
      expect((await k.webhooksOf('o-late')).map((w) => w.type)).toEqual(['conversion.credited']);
    });

    it('a report arriving after a partial refund earns on what is left of the order', async () => {
      const { code } = await k.advocate();
      await k.order('o-late-refunded', { visitorId: 'f-late-refunded' });
      await k.refund('o-late-refunded', 'r-half', 4000);
      await k.report('f-late-refunded', 'o-late-refunded', { referralCode: code });
      expect(await k.reward('o-late-refunded')).toMatchObject({
        state: 'pending',
        amount_minor: 500,
      });
    });

    it('joins by the order’s visitor id when the report names another id', async () => {
      const { code } = await k.advocate();
      await k.report('f-visitor', 'browser-side-id', { referralCode: code });
      await k.order('o-visitor', { visitorId: 'f-visitor' });
      expect(await k.reward('o-visitor')).toMatchObject({ attributed_by: 'visitor-report' });
    });

    it('credits nothing outside the attribution window, without a referral, or for an unknown code', async () => {
      const { code } = await k.advocate();
      await k.send('203.0.113.9', k.event({ type: 'referral-captured', visitorId: 'f-old', code }));
      h.clock.advance(31 * DAY);
      await k.report('f-old', 'o-old', { referralCode: code });
      expect(await k.order('o-old')).toMatchObject({
        credit: { credited: false, why: 'outside-window' },
      });
      expect(await k.order('o-none')).toMatchObject({
        credit: { credited: false, why: 'no-referral' },
      });
      await k.report('f-x', 'o-unknown', { referralCode: 'ZZZZZZZZZZZZZZ' });
      expect(await k.order('o-unknown')).toMatchObject({
        credit: { credited: false, why: 'unknown-code' },
      });
    });

    it.each([
      ['customer id', (a: { id: string }) => ({ customerId: a.id })],
      ['email', (a: { email: string }) => ({ email: a.email.toUpperCase() })],
      ['device', () => ({ visitorId: 'self-device' })],
    ])('never credits the advocate’s own order (same %s)', async (_what, fields) => {
      const a = await k.advocate();
      // The signed advocate names their own device.
      await h.call('/v1/referrals', { body: { advocate: a.advocate, visitorId: 'self-device' } });
      const orderId = `o-self-${k.next()}`;
      await k.report('self-device', orderId, { referralCode: a.code });
      const result = await k.order(orderId, fields(a));
      expect(result).toMatchObject({
        reward: null,
        credit: { credited: false, why: 'self-referral' },
      });
    });
  });

  describe('refunds and cancellations', () => {
    async function credited(orderId: string, total = 8000) {
      const { code } = await k.advocate();
      const coupon = await k.claim(code, `friend-${orderId}`);
      await k.order(orderId, { discountCodes: [coupon], total: { minor: total, currency: 'EUR' } });
      return code;
    }

    it('reduces a pending reward pro rata on a partial refund, then voids it on the rest', async () => {
      await credited('o-partial');
      expect(await k.refund('o-partial', 'r1', 2000)).toMatchObject({
        outcome: 'recorded',
        reward: { state: 'pending', amountMinor: 750 },
      });
      expect(await k.refund('o-partial', 'r1', 2000)).toMatchObject({ outcome: 'duplicate' });
      expect(await k.refund('o-partial', 'r2', 6000)).toMatchObject({
        reward: { state: 'voided', amountMinor: 0 },
      });
      const hooks = await k.webhooksOf('o-partial');
      // Deliveries of one moment may go out in any order; each carries the state after it.
      expect(hooks.map((w) => [w.type, w.data.reward.amount]).sort()).toEqual([
        ['conversion.credited', '10.00'],
        ['reward.reduced', '7.50'],
        ['reward.voided', '0.00'],
      ]);
      expect(new Set(hooks.map((w) => w.id)).size).toBe(3);
    });

    it('applies a refund and a cancellation that arrived before their order', async () => {
      expect(await k.refund('o-early', 'r-early', 4000)).toMatchObject({
        outcome: 'waiting-for-order',
        reward: null,
      });
      await credited('o-early');
      expect(await k.reward('o-early')).toMatchObject({ state: 'pending', amount_minor: 500 });

      expect(await k.cancel('alias-cancel')).toMatchObject({ outcome: 'waiting-for-order' });
      const { code } = await k.advocate();
      const coupon = await k.claim(code, 'friend-cancelled');
      const result = await k.order('o-cancelled', {
        aliases: ['alias-cancel'],
        discountCodes: [coupon],
      });
      expect(result.reward).toMatchObject({ state: 'voided', amountMinor: 0 });
      expect((await k.webhooksOf('o-cancelled')).map((w) => w.type)).toEqual([
        'conversion.credited',
        'reward.voided',
      ]);
      const [order] = await db.query<{ status: string }>(
        "select status from orders where order_id = 'o-cancelled'",
      );
      expect(order?.status).toBe('cancelled');
    });

    it('reverses an approved reward (part, then all) with reward.reversed webhooks', async () => {
      await credited('o-after');
      h.clock.advance(15 * DAY);
      await h.tick();
      expect(await k.reward('o-after')).toMatchObject({ state: 'approved' });
      await k.refund('o-after', 'r-a1', 2000);
      expect(await k.reward('o-after')).toMatchObject({
        state: 'approved',
        amount_minor: 750,
        reversed_minor: 250,
      });
      await k.cancel('o-after');
      expect(await k.reward('o-after')).toMatchObject({
        state: 'reversed',
        amount_minor: 0,
        reversed_minor: 1000,
      });
      const hooks = await k.webhooksOf('o-after');
      expect(hooks.map((w) => [w.type, w.data.reversed?.amount ?? '-']).sort()).toEqual([
        ['conversion.credited', '-'],
        ['reward.approved', '-'],
        ['reward.reversed', '2.50'],
        ['reward.reversed', '7.50'],
      ]);
    });

    it('stays right when every fact is replayed a week later', async () => {
      await credited('o-replay');
      await k.refund('o-replay', 'r-replay', 8000);
      h.clock.advance(7 * DAY);
      const before = await k.webhooksOf('o-replay');
      expect(await k.order('o-replay', { discountCodes: ['whatever'] })).toMatchObject({
        outcome: 'duplicate',
        reward: { state: 'voided' },
      });
      expect(await k.refund('o-replay', 'r-replay', 8000)).toMatchObject({ outcome: 'duplicate' });
      expect(await k.cancel('o-replay')).toMatchObject({
        outcome: 'recorded',
        reward: { state: 'voided' },
      });
      expect(await k.webhooksOf('o-replay')).toEqual(before);
    });

    it('records a refund in another currency without touching the reward', async () => {
      await credited('o-fx');
      await k.refund('o-fx', 'r-fx', 8000, 'USD');
      expect(await k.reward('o-fx')).toMatchObject({ state: 'pending', amount_minor: 1000 });
      const [row] = await db.query<{ problem: string }>(
        "select problem from order_refunds where order_ref = 'o-fx'",
      );
      expect(row?.problem).toBe('refund in USD, order in EUR');
    });
  });

  describe('concurrency', () => {
    it('credits once when the same order arrives many times at once', async () => {
      const { code } = await k.advocate();
      const coupon = await k.claim(code, 'friend-race');
      const results = await Promise.all(
        Array.from({ length: 6 }, () => k.order('o-race', { discountCodes: [coupon] })),
      );
      expect(results.filter((r) => r.outcome === 'recorded')).toHaveLength(1);
      expect((await k.webhooksOf('o-race')).map((w) => w.type)).toEqual(['conversion.credited']);
    });

    it('applies a refund racing its order exactly once', async () => {
      const { code } = await k.advocate();
      const coupon = await k.claim(code, 'friend-race-refund');
      await Promise.all([
        k.refund('o-race-refund', 'r1', 2000),
        k.order('o-race-refund', { discountCodes: [coupon] }),
        k.refund('o-race-refund', 'r1', 2000),
      ]);
      expect(await k.reward('o-race-refund')).toMatchObject({
        state: 'pending',
        amount_minor: 750,
      });
    });

    it('credits once when the browser’s report races the verified order', async () => {
      const { code } = await k.advocate();
      await Promise.all([
        k.report('f-race', 'o-race-report', { referralCode: code }),
        k.order('o-race-report', { visitorId: 'f-race' }),
      ]);
      expect(await k.reward('o-race-report')).toMatchObject({ state: 'pending' });
    });
  });
});
