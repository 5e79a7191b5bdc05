import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { DAY } from '../../src/clock.js';
import type { Database } from '../../src/db/database.js';
import { verifyWebhook } from '../../src/webhooks/signature.js';
import { databaseKinds, testDatabase } from '../helpers/database.js';
import { type Harness, startHarness, testSite } from '../helpers/harness.js';

const WEBHOOK_SECRET = 'webhook-secret-0123456789';

/** The shop's webhook endpoint, as an injected `fetch` that records what it receives. */
const received: { headers: Headers; body: string }[] = [];
let answerStatus = 200;
const shopFetch: typeof fetch = async (_url, init) => {
  received.push({ headers: new Headers(init?.headers), body: String(init?.body) });
  return new Response(null, { status: answerStatus });
};

// A database suite shares two CPUs with every other suite in CI: slow is not wrong.
vi.setConfig({ testTimeout: 30_000 });

describe.each(databaseKinds)('on %s', (kind) => {
  let db: Database;
  let h: Harness;

  beforeAll(async () => {
    db = await testDatabase(kind);
    h = await startHarness(db, {
      fetch: shopFetch,
      site: testSite({ webhook: { url: 'https://shop.example/hooks', secret: WEBHOOK_SECRET } }),
    });
  }, 120_000);
  afterAll(async () => {
    await h?.close();
    await db?.close();
  });
  beforeEach(async () => {
    // Each test starts with an empty outbox and a healthy shop.
    await h.tick();
    received.length = 0;
    answerStatus = 200;
  });

  let serial = 0;
  async function advocateCode() {
    serial += 1;
    const advocate = h.advocate({ id: `adv-${serial}`, email: `adv-${serial}@example.com` });
    const response = await h.call('/v1/referrals', { body: { advocate } });
    return {
      id: `adv-${serial}`,
      advocate,
      code: ((await response.json()) as { code: string }).code,
    };
  }
  const event = (fields: object) => ({ id: `ev-${++serial}`, at: h.clock.now(), ...fields });
  const send = async (...events: object[]) =>
    (await h.call('/v1/events', { body: { events } })).json();
  const purchase = (visitorId: string, orderId: string, extra: object = {}) =>
    event({ type: 'purchase', visitorId, orderId, total: 80, currency: 'EUR', ...extra });
  const answer = (score: number, segment: string, extra: object = {}) =>
    event({
      type: 'nps-answer',
      visitorId: 'v',
      campaignId: 'nps',
      variantId: 'default',
      score,
      segment,
      kind: 'relational',
      ...extra,
    });
  const conversions = (code: string) =>
    db.query<{ order_id: string; status: string; reward_amount: number }>(
      'select order_id, status, reward_amount::float8 as reward_amount from conversions where code = $1 order by order_id',
      [code],
    );
  const bodies = () =>
    received.map((r) => JSON.parse(r.body) as { type: string; data: Record<string, unknown> });

  describe('conversions', () => {
    it('credits the advocate once per order and tells the shop by a signed webhook', async () => {
      const { code } = await advocateCode();
      await send(event({ type: 'referral-captured', visitorId: 'friend-a', code }));
      h.clock.advance(3 * DAY);
      await send(purchase('friend-a', 'order-a', { referralCode: code.toLowerCase() }));
      await send(purchase('friend-a', 'order-a', { referralCode: code })); // the same order again
      expect(await conversions(code)).toEqual([
        { order_id: 'order-a', status: 'pending', reward_amount: 10 },
      ]);

      expect((await h.tick()).webhooks).toEqual({ delivered: 1, retrying: 0, failed: 0 });
      const [delivery] = received;
      expect(delivery?.headers.get('idempotency-key')).toMatch(/^wh_[0-9a-f]{32}$/);
      expect(
        verifyWebhook(
          WEBHOOK_SECRET,
          delivery?.headers.get('grapevine-signature'),
          delivery?.body ?? '',
          h.clock.now(),
        ),
      ).toBe(true);
      expect(
        verifyWebhook(
          'wrong-secret-0123456789',
          delivery?.headers.get('grapevine-signature'),
          delivery?.body ?? '',
          h.clock.now(),
        ),
      ).toBe(false);
      expect(bodies()[0]).toMatchObject({
        type: 'conversion.credited',
        data: {
          orderId: 'order-a',
          code,
          total: 80,
          currency: 'EUR',
          reward: { amount: 10, currency: 'EUR', status: 'pending' },
        },
      });
      expect((await h.tick()).webhooks.delivered).toBe(0);
    });

    it('does not credit a purchase after the 30-day attribution window', async () => {
      const { code } = await advocateCode();
      await send(event({ type: 'referral-captured', visitorId: 'friend-late', code }));
      h.clock.advance(31 * DAY);
      await send(purchase('friend-late', 'order-late', { referralCode: code }));
      expect(await conversions(code)).toEqual([]);
    });

    it.each([
      ['the advocate’s own id', (id: string) => ({ advocateId: id }), 'any-visitor'],
      ['the advocate’s own device', () => ({}), 'advocate-device'],
    ])('does not credit a self-referral by %s', async (_label, extra, visitorId) => {
      const { id, code } = await advocateCode();
      await send(
        event({
          type: 'copy',
          visitorId: 'advocate-device',
          advocateId: id,
          campaignId: 'c',
          variantId: 'v',
          code,
        }),
      );
      await send(purchase(visitorId, `order-self-${serial}`, { referralCode: code, ...extra(id) }));
      expect(await conversions(code)).toEqual([]);
    });

    it('ignores unknown codes', async () => {
      const result = await send(
        purchase('friend-x', 'order-unknown', { referralCode: 'ZZZZZZZZZZZZZZ' }),
      );
      expect(result.accepted).toHaveLength(1);
      expect(await db.query("select 1 from conversions where order_id = 'order-unknown'")).toEqual(
        [],
      );
    });

    it('credits through a friend coupon, which works once', async () => {
      const { code } = await advocateCode();
      const claim = await (
        await h.call(`/v1/referrals/${code}/claims`, {
          body: { email: `friend-${serial}@example.net`, visitorId: 'friend-c' },
        })
      ).json();
      await send(purchase('friend-c', 'order-c1', { coupon: claim.coupon.code.toLowerCase() }));
      await send(purchase('friend-c2', 'order-c2', { coupon: claim.coupon.code }));
      expect((await conversions(code)).map((c) => c.order_id)).toEqual(['order-c1']);
    });

    it('approves the reward after the 14-day return window, with a webhook and updated stats', async () => {
      const { code, id } = await advocateCode();
      await send(purchase('friend-r', 'order-r', { referralCode: code }));
      const stats = async () =>
        (
          await h.call('/v1/advocates/me/stats', {
            headers: {
              'X-Grapevine-Advocate': encodeURIComponent(
                JSON.stringify(h.advocate({ id, email: `${id}@example.com` })),
              ),
            },
          })
        ).json();
      expect(await stats()).toMatchObject({ conversions: 1, rewardsPending: 10, rewardsEarned: 0 });
      h.clock.advance(13 * DAY);
      await h.tick();
      expect(await conversions(code)).toEqual([
        { order_id: 'order-r', status: 'pending', reward_amount: 10 },
      ]);
      h.clock.advance(DAY);
      // Earlier tests' rewards fall due too.
      expect((await h.tick()).rewardsApproved).toBeGreaterThanOrEqual(1);
      expect(await conversions(code)).toEqual([
        { order_id: 'order-r', status: 'approved', reward_amount: 10 },
      ]);
      expect(await stats()).toMatchObject({
        conversions: 1,
        rewardsPending: 0,
        rewardsEarned: 10,
        currency: 'EUR',
      });
      const mine = bodies().filter((b) => b.data.orderId === 'order-r');
      expect(mine.map((b) => b.type)).toEqual(['conversion.credited', 'reward.approved']);
      expect(mine[1]?.data).toMatchObject({
        advocate: { id },
        reward: { amount: 10, currency: 'EUR' },
      });
      expect((await h.tick()).rewardsApproved).toBe(0);
    });
  });

  describe('webhooks', () => {
    it('alerts the shop about a detractor', async () => {
      await send(
        answer(2, 'detractor', {
          advocateId: 'cust-9',
          kind: 'transactional',
          comment: 'Late parcel',
        }),
      );
      await send(answer(10, 'promoter', { kind: 'transactional' }));
      await h.tick();
      expect(bodies()).toEqual([
        expect.objectContaining({
          type: 'nps.detractor',
          data: expect.objectContaining({ score: 2, comment: 'Late parcel', customerId: 'cust-9' }),
        }),
      ]);
    });

    it('retries with backoff and the same idempotency key until the shop answers 2xx', async () => {
      answerStatus = 503;
      await send(answer(0, 'detractor'));
      expect((await h.tick()).webhooks).toEqual({ delivered: 0, retrying: 1, failed: 0 });
      h.clock.advance(29_000);
      expect((await h.tick()).webhooks.retrying).toBe(0); // not due yet
      h.clock.advance(1_000);
      expect((await h.tick()).webhooks.retrying).toBe(1);
      h.clock.advance(2 * 60_000);
      answerStatus = 204;
      expect((await h.tick()).webhooks.delivered).toBe(1);
      const keys = received.map((r) => r.headers.get('idempotency-key'));
      expect(keys).toHaveLength(3);
      expect(new Set(keys).size).toBe(1);
    });

    it('gives up after 8 attempts and says so in the log', async () => {
      answerStatus = 500;
      const warn: unknown[] = [];
      h.ctx.logger = { ...h.ctx.logger, warn: (...args) => warn.push(args) };
      await send(answer(1, 'detractor'));
      for (let attempt = 0; attempt < 8; attempt += 1) {
        await h.tick();
        h.clock.advance(13 * 3_600_000);
      }
      expect(received).toHaveLength(8);
      expect(warn).toHaveLength(1);
      const rows = await db.query<{ failed: boolean }>(
        'select failed_at is not null as failed from webhook_deliveries where attempts = 8',
      );
      expect(rows).toEqual([{ failed: true }]);
      await h.tick();
      expect(received).toHaveLength(8);
    });
  });
});
