import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '../../../src/db/database.js';
import { verifyWebhook } from '../../../src/webhooks/signature.js';
import { type Platform, platforms } from '../../coupons/platforms.js';
import { sendShopifyWebhook, shopifyOrder, shopifyRefund } from '../../fakes/shopify-webhooks.js';
import {
  checkoutSession,
  refundedCharge,
  sendStripeWebhook,
  stripeEvent,
} from '../../fakes/stripe-webhooks.js';
import { sendWooWebhook, wooOrder } from '../../fakes/woocommerce-webhooks.js';
import { databaseKinds, testDatabase } from '../../helpers/database.js';
import { type Harness, startHarness, testSite } from '../../helpers/harness.js';
import { twoProcesses } from '../../helpers/processes.js';

vi.setConfig({ testTimeout: 30_000 });

const DAY = 86_400_000;
const WEBHOOK_SECRET = 'grapevine-webhook-secret-0123';
const SOURCES = {
  shopify: {
    shopDomain: 'grapevine-demo.myshopify.com',
    webhookSecret: 'shopify-secret-0123456789',
  },
  stripe: { webhookSecret: 'whsec_grapevine_journeys_0123', toleranceSeconds: 300 },
  woocommerce: { webhookSecret: 'wc-secret-0123456789abcdef' },
};

/** Where the server's own webhooks land; each is checked against its signature. */
async function startReceiver() {
  const received: { type: string; data: Record<string, unknown>; genuine: boolean }[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => {
      body += chunk.toString('utf8');
    });
    request.on('end', () => {
      const parsed = JSON.parse(body) as { type: string; data: Record<string, unknown> };
      const genuine = verifyWebhook(
        WEBHOOK_SECRET,
        request.headers['grapevine-signature'] as string,
        body,
        Date.now(),
        10 * 365 * DAY,
      );
      received.push({ type: parsed.type, data: parsed.data, genuine });
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** One order's webhooks as each platform sends them: the paid order using `coupon`, and its full refund. */
interface Shop {
  /** `forger`: signed with a secret that is not the shop's. */
  order(
    h: Harness,
    n: number,
    coupon: string,
    ref: string | undefined,
    forger?: boolean,
  ): () => Promise<Response>;
  refund(h: Harness, n: number): Promise<Response>;
}

const shops: Record<keyof typeof platforms, Shop> = {
  shopify: {
    order: (h, n, coupon, _ref, forger) => {
      const payload = shopifyOrder({
        id: 820982911946154500n + BigInt(n),
        name: `#10${n}`,
        checkout_token: `token-${n}`,
        total_price: '80.00',
        discount_codes: [{ code: coupon, amount: '20.00', type: 'percentage' }],
        email: `friend-${n}@example.com`,
      });
      const webhookId = `wh-order-${n}`;
      return () =>
        sendShopifyWebhook(sender(h, 'shopify', forger), {
          topic: 'orders/paid',
          payload,
          webhookId,
        });
    },
    refund: (h, n) =>
      sendShopifyWebhook(sender(h, 'shopify'), {
        topic: 'refunds/create',
        payload: shopifyRefund(820982911946154500n + BigInt(n), ['80.00'], {
          id: 900n + BigInt(n),
        }),
      }),
  },
  stripe: {
    order: (h, n, _coupon, ref, forger) => {
      const event = stripeEvent(
        'checkout.session.completed',
        checkoutSession({
          id: `cs_test_journey${n}`,
          payment_intent: `pi_journey${n}`,
          amount_total: 8000,
          discounts: [{ coupon: null, promotion_code: ref }],
          customer_details: { email: `friend-${n}@example.com` },
        }),
      );
      return () =>
        sendStripeWebhook(sender(h, 'stripe', forger), event, { signedAt: h.clock.now() });
    },
    refund: (h, n) =>
      sendStripeWebhook(
        sender(h, 'stripe'),
        stripeEvent(
          'charge.refunded',
          refundedCharge([{ id: `re_journey${n}`, amount: 8000 }], {
            id: `ch_journey${n}`,
            amount: 8000,
            payment_intent: `pi_journey${n}`,
          }),
        ),
        { signedAt: h.clock.now() },
      ),
  },
  woocommerce: {
    order: (h, n, coupon, _ref, forger) => {
      const order = wooOrder({
        id: 700 + n,
        number: String(700 + n),
        order_key: `wc_order_journey${n}`,
        total: '80.00',
        coupon_lines: [{ id: 1, code: coupon.toLowerCase(), discount: '20.00' }],
        billing: { email: `friend-${n}@example.com` },
      });
      const deliveryId = `delivery-${n}`;
      return () =>
        sendWooWebhook(sender(h, 'woocommerce', forger), {
          topic: 'order.created',
          order,
          deliveryId,
        });
    },
    refund: (h, n) =>
      sendWooWebhook(sender(h, 'woocommerce'), {
        topic: 'order.updated',
        order: wooOrder({
          id: 700 + n,
          status: 'refunded',
          total: '80.00',
          refunds: [{ id: 900 + n, reason: 'returned', total: '-80.00' }],
        }),
      }),
  },
};

function sender(h: Harness, platform: keyof typeof SOURCES, forger = false) {
  return {
    url: `${h.url}/webhooks/${platform}/${h.site.siteKey}`,
    secret: forger ? 'whsec_not_the_shops_secret_0123' : SOURCES[platform].webhookSecret,
    shopDomain: SOURCES.shopify.shopDomain,
  };
}

describe.each(databaseKinds)('on %s', (kind) => {
  describe.each(Object.keys(platforms) as (keyof typeof platforms)[])(
    'a %s shop, end to end',
    (name) => {
      let db: Database;
      let h: Harness;
      let platform: Platform;
      let receiver: Awaited<ReturnType<typeof startReceiver>>;
      let friends = 0;

      beforeAll(async () => {
        db = await testDatabase(kind);
        receiver = await startReceiver();
        let now = () => 0;
        platform = await platforms[name](() => now());
        h = await startHarness(db, {
          site: testSite({
            offer: {
              friend: { kind: 'percent', value: 20 },
              advocate: { kind: 'percent', value: 10 },
            },
            fulfilment: platform.fulfilment,
            orderSources: SOURCES,
            webhook: { url: receiver.url, secret: WEBHOOK_SECRET },
          }),
        });
        now = h.clock.now;
      }, 120_000);
      afterAll(async () => {
        await h?.close();
        await platform?.fake.close();
        await receiver?.close();
        await db?.close();
      });

      /** An advocate shares, a friend claims, and the job creates the coupon in the platform. */
      async function friendWithCoupon() {
        friends += 1;
        const n = friends;
        const referral = await h.call('/v1/referrals', {
          body: { advocate: h.advocate({ id: `adv-${n}`, email: `adv-${n}@example.com` }) },
        });
        const { code } = (await referral.json()) as { code: string };
        const claim = await h.call(`/v1/referrals/${code}/claims`, {
          body: { email: `friend-${n}@example.com`, visitorId: `v-friend-${n}` },
        });
        const { coupon } = (await claim.json()) as { coupon: { code: string } };
        expect((await h.tick()).jobs.done).toBe(1);
        const ref = platform.refOf(coupon.code);
        expect(ref).toBeDefined(); // the coupon exists in the platform's fake
        return { n, code, coupon: coupon.code, ref };
      }
      const rewardOf = async (code: string) =>
        (
          await db.query<{ state: string; amount_minor: number; order_total_minor: number }>(
            `select state, amount_minor::float8 as amount_minor, order_total_minor::float8 as order_total_minor
           from rewards where code = $1`,
            [code],
          )
        )[0];
      const delivered = async (type: string) => {
        await h.tick();
        return receiver.received.filter((hook) => hook.type === type);
      };

      it('coupon → verified order (sent four times at once) → reward at the verified total → refund before approval voids it', async () => {
        const friend = await friendWithCoupon();
        const send = shops[name].order(h, friend.n, friend.coupon, friend.ref);
        const answers = await Promise.all([send(), send(), send(), send()]);
        expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200]);
        expect(await rewardOf(friend.code)).toEqual({
          state: 'pending',
          amount_minor: 800,
          order_total_minor: 8000,
        });
        expect(
          (await db.query('select 1 from rewards where code = $1', [friend.code])).length,
        ).toBe(1);
        const credited = (await delivered('conversion.credited')).filter(
          (hook) => hook.data.code === friend.code,
        );
        expect(credited).toHaveLength(1);
        expect(credited[0]?.genuine).toBe(true);

        expect((await shops[name].refund(h, friend.n)).status).toBe(200);
        expect(await rewardOf(friend.code)).toMatchObject({ state: 'voided', amount_minor: 0 });
        const voided = (await delivered('reward.voided')).filter(
          (hook) => hook.data.code === friend.code,
        );
        expect(voided).toHaveLength(1);
        expect(voided[0]?.genuine).toBe(true);
      });

      it('a forged order webhook gets 401 and stores nothing; the paths answer no CORS', async () => {
        const friend = await friendWithCoupon();
        const orders = async () => (await db.query('select order_id from orders')).length;
        const before = await orders();
        const forged = await shops[name].order(h, friend.n, friend.coupon, friend.ref, true)();
        expect(forged.status).toBe(401);
        expect(await orders()).toBe(before);
        expect(await db.query('select 1 from rewards where code = $1', [friend.code])).toEqual([]);
        // The genuine delivery of the same order then counts.
        expect((await shops[name].order(h, friend.n, friend.coupon, friend.ref)()).status).toBe(
          200,
        );
        expect(await orders()).toBe(before + 1);
        const preflight = await fetch(sender(h, name).url, {
          method: 'OPTIONS',
          headers: { Origin: 'https://shop.example', 'Access-Control-Request-Method': 'POST' },
        });
        expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
      });

      it('a refund after approval reverses the reward and fires reward.reversed', async () => {
        const friend = await friendWithCoupon();
        expect((await shops[name].order(h, friend.n, friend.coupon, friend.ref)()).status).toBe(
          200,
        );
        h.clock.advance(15 * DAY);
        await h.tick();
        expect(await rewardOf(friend.code)).toMatchObject({ state: 'approved', amount_minor: 800 });
        expect(
          (await delivered('reward.approved')).some((hook) => hook.data.code === friend.code),
        ).toBe(true);

        expect((await shops[name].refund(h, friend.n)).status).toBe(200);
        expect(await rewardOf(friend.code)).toMatchObject({ state: 'reversed' });
        const reversed = (await delivered('reward.reversed')).filter(
          (hook) => hook.data.code === friend.code,
        );
        expect(reversed).toHaveLength(1);
        expect(reversed[0]?.genuine).toBe(true);
      });
    },
  );
  it.each(Object.keys(platforms) as (keyof typeof platforms)[])(
    'two server processes on one database: a %s order and its refund, each delivered to both at once, credit once and void once',
    async (name) => {
      const { a, b, close } = await twoProcesses(kind);
      let now = () => 0;
      const platform = await platforms[name](() => now());
      const site = testSite({
        offer: { friend: { kind: 'percent', value: 20 }, advocate: { kind: 'percent', value: 10 } },
        fulfilment: platform.fulfilment,
        orderSources: SOURCES,
        // Queued, not delivered: this test counts the rows.
        webhook: { url: 'http://127.0.0.1:9/hooks', secret: WEBHOOK_SECRET },
      });
      const [ha, hb] = [await startHarness(a, { site }), await startHarness(b, { site })];
      now = ha.clock.now;
      try {
        const referral = await ha.call('/v1/referrals', {
          body: { advocate: ha.advocate({ id: 'adv-two', email: 'adv-two@example.com' }) },
        });
        const { code } = (await referral.json()) as { code: string };
        const claim = await hb.call(`/v1/referrals/${code}/claims`, {
          body: { email: 'friend-1@example.com', visitorId: 'v-two' },
        });
        const { coupon } = (await claim.json()) as { coupon: { code: string } };
        await ha.tick();
        const ref = platform.refOf(coupon.code);
        const [toA, toB] = [
          shops[name].order(ha, 1, coupon.code, ref),
          shops[name].order(hb, 1, coupon.code, ref),
        ];
        const answers = await Promise.all([toA(), toB(), toA(), toB()]);
        expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200]);
        const refunds = await Promise.all([shops[name].refund(ha, 1), shops[name].refund(hb, 1)]);
        expect(refunds.map((answer) => answer.status)).toEqual([200, 200]);
        const rewards = await a.query<{ state: string }>(
          'select state from rewards where code = $1',
          [code],
        );
        expect(rewards).toEqual([{ state: 'voided' }]);
        const hooks = await a.query<{ type: string }>(
          "select type from webhook_deliveries where type in ('conversion.credited', 'reward.voided') order by type",
        );
        expect(hooks.map((hook) => hook.type)).toEqual(['conversion.credited', 'reward.voided']);
      } finally {
        await ha.close();
        await hb.close();
        await platform.fake.close();
        await close();
      }
    },
  );
});
