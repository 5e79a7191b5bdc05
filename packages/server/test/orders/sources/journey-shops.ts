import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifyWebhook } from '../../../src/webhooks/signature.js';
import type { platforms } from '../../coupons/platforms.js';
import { sendShopifyWebhook, shopifyOrder, shopifyRefund } from '../../fakes/shopify-webhooks.js';
import {
  checkoutSession,
  refundedCharge,
  sendStripeWebhook,
  stripeEvent,
} from '../../fakes/stripe-webhooks.js';
import { sendWooWebhook, wooOrder } from '../../fakes/woocommerce-webhooks.js';
import type { Harness } from '../../helpers/harness.js';

// Each platform's side of the journeys: its order sources' secrets, the order and refund
// webhooks it sends, and a receiver for the server's own webhooks.

export const DAY = 86_400_000;
export const WEBHOOK_SECRET = 'grapevine-webhook-secret-0123';
export const SOURCES = {
  shopify: {
    shopDomain: 'grapevine-demo.myshopify.com',
    webhookSecret: 'shopify-secret-0123456789',
  },
  stripe: { webhookSecret: 'whsec_grapevine_journeys_0123', toleranceSeconds: 300 },
  woocommerce: { webhookSecret: 'wc-secret-0123456789abcdef' },
};

/** Where the server's own webhooks land; each is checked against its signature. */
export async function startReceiver() {
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
export interface Shop {
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

export const shops: Record<keyof typeof platforms, Shop> = {
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

export function sender(h: Harness, platform: keyof typeof SOURCES, forger = false) {
  return {
    url: `${h.url}/webhooks/${platform}/${h.site.siteKey}`,
    secret: forger ? 'whsec_not_the_shops_secret_0123' : SOURCES[platform].webhookSecret,
    shopDomain: SOURCES.shopify.shopDomain,
  };
}
