import { setTimeout as sleep } from 'node:timers/promises';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ServerContext } from '../../../src/context.js';
import type { Database } from '../../../src/db/database.js';
import type { AppEnv } from '../../../src/http/env.js';
import { errorHandler, errorResponse } from '../../../src/http/errors.js';
import { listen } from '../../../src/listen.js';
import { silentLogger } from '../../../src/logger.js';
import type { OrderFact } from '../../../src/orders/facts.js';
import { platformWebhookRoutes } from '../../../src/routes/platform-webhooks.js';
import type { Site } from '../../../src/site.js';
import { sendShopifyWebhook, shopifyOrder, shopifyRefund } from '../../fakes/shopify-webhooks.js';
import { checkoutSession, sendStripeWebhook, stripeEvent } from '../../fakes/stripe-webhooks.js';
import { sendWooPing, sendWooWebhook, wooOrder } from '../../fakes/woocommerce-webhooks.js';
import { databaseKinds, testDatabase } from '../../helpers/database.js';
import { manualClock, testSite } from '../../helpers/harness.js';
import { SHOPIFY, STRIPE, site, WOO } from './route-fixtures.js';

// The machine is shared: leave room for a loaded CPU.
vi.setConfig({ testTimeout: 30_000 });

const bare: Site = testSite({ siteKey: 'shop-bare' });

interface Server {
  url: string;
  db: Database;
  clock: ReturnType<typeof manualClock>;
  applied: OrderFact[];
  /** Makes the next `n` facts fail, as a database that is down would. */
  failNext(n: number): void;
  stored(): Promise<{ delivery_id: string; status: string }[]>;
  reset(): Promise<void>;
  close(): Promise<void>;
}

// The route over a real database and HTTP server; the order service is the seam: a recorder
// that takes its time, so concurrent copies really overlap.
async function start(kind: (typeof databaseKinds)[number]): Promise<Server> {
  const db = await testDatabase(kind);
  const clock = manualClock();
  const applied: OrderFact[] = [];
  let failures = 0;
  const ctx: ServerContext = {
    db,
    clock,
    logger: silentLogger,
    sites: new Map([site, bare].map((s) => [s.siteKey, s])),
    policy: { attributionMs: 30 * 86_400_000, returnWindowMs: 14 * 86_400_000 },
  };
  const app = new Hono<AppEnv>();
  app.onError(errorHandler(silentLogger));
  app.use(
    bodyLimit({
      maxSize: 64 * 1024,
      onError: (c) => errorResponse(c, 413, 'body-too-large', 'Too large.'),
    }),
  );
  app.route(
    '/webhooks',
    platformWebhookRoutes(
      ctx,
      async (_ctx, _site, fact) => {
        await sleep(30);
        if (failures > 0) {
          failures -= 1;
          throw new Error('connection refused');
        }
        applied.push(fact);
      },
      { waitForCopyMs: 1500, pollMs: 10 },
    ),
  );
  const listening = await listen(app, { host: '127.0.0.1', port: 0 });
  const server: Server = {
    url: listening.url,
    db,
    clock,
    applied,
    failNext: (n) => {
      failures = n;
    },
    reset: async () => {
      applied.length = 0;
      failures = 0;
      await db.query('delete from inbound_deliveries');
    },
    stored: () =>
      db.query('select delivery_id, status from inbound_deliveries order by delivery_id'),
    close: async () => {
      await listening.close();
      await db.close();
    },
  };
  return server;
}

const shopify = (server: Server, siteKey = site.siteKey) => ({
  url: `${server.url}/webhooks/shopify/${siteKey}`,
  secret: SHOPIFY.webhookSecret,
  shopDomain: SHOPIFY.shopDomain,
});
const stripe = (server: Server) => ({
  url: `${server.url}/webhooks/stripe/${site.siteKey}`,
  secret: STRIPE.webhookSecret,
});
const woo = (server: Server) => ({
  url: `${server.url}/webhooks/woocommerce/${site.siteKey}`,
  secret: WOO.webhookSecret,
});

describe.each(databaseKinds)('platform webhooks on %s', (kind) => {
  let shared: Server;
  beforeAll(async () => {
    shared = await start(kind);
  }, 60_000);
  afterAll(() => shared.close());
  beforeEach(() => shared.reset());
  it('applies a verified delivery once; a second copy is acknowledged as a duplicate', async () => {
    const server = shared;
    const send = () =>
      sendShopifyWebhook(shopify(server), {
        topic: 'orders/paid',
        payload: shopifyOrder(),
        webhookId: 'wh-1',
      });
    const first = await send();
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ received: true, applied: 1 });
    const second = await send();
    expect(second.status).toBe(200);
    expect(await second.json()).toEqual({ received: true, duplicate: true });
    expect(server.applied).toMatchObject([{ kind: 'order', orderId: '820982911946154508' }]);
    expect(await server.stored()).toEqual([{ delivery_id: 'wh-1', status: 'applied' }]);
  });

  it('the same delivery sent five times at once is applied once, and every copy gets 200', async () => {
    const server = shared;
    const event = stripeEvent('checkout.session.completed', checkoutSession());
    const answers = await Promise.all(
      Array.from({ length: 5 }, () =>
        sendStripeWebhook(stripe(server), event, { signedAt: server.clock.now() }),
      ),
    );
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200]);
    const bodies = await Promise.all(answers.map((answer) => answer.json()));
    expect(bodies.filter((body) => body.applied === 1)).toHaveLength(1);
    expect(bodies.filter((body) => body.duplicate === true)).toHaveLength(4);
    expect(server.applied).toHaveLength(1);
  });

  it.each([
    [
      'Shopify, a forged signature',
      (s: Server) =>
        sendShopifyWebhook(shopify(s), {
          topic: 'orders/paid',
          payload: shopifyOrder(),
          headers: { 'X-Shopify-Hmac-Sha256': 'nhg3H7/DuYyjpaHgZtjCTlAiC/bLwt5OiNrUARLMxRw=' },
        }),
    ],
    [
      'Shopify, no signature',
      (s: Server) =>
        sendShopifyWebhook(shopify(s), {
          topic: 'orders/paid',
          payload: shopifyOrder(),
          headers: { 'X-Shopify-Hmac-Sha256': '' },
        }),
    ],
    [
      'Shopify, another shop',
      (s: Server) =>
        sendShopifyWebhook(
          { ...shopify(s), shopDomain: 'other.myshopify.com' },
          { topic: 'orders/paid', payload: shopifyOrder() },
        ),
    ],
    [
      'Stripe, signed 301 s ago',
      (s: Server) =>
        sendStripeWebhook(stripe(s), stripeEvent('checkout.session.completed', checkoutSession()), {
          signedAt: s.clock.now() - 301_000,
        }),
    ],
    [
      'Stripe, replayed a week later',
      (s: Server) =>
        sendStripeWebhook(stripe(s), stripeEvent('checkout.session.completed', checkoutSession()), {
          signedAt: s.clock.now() - 7 * 86_400_000,
        }),
    ],
    [
      'Stripe, a total changed after signing',
      (s: Server) =>
        sendStripeWebhook(stripe(s), stripeEvent('checkout.session.completed', checkoutSession()), {
          signedAt: s.clock.now(),
          tamper: (body) => body.replace('9990', '999900'),
        }),
    ],
    [
      'Stripe, the wrong secret',
      (s: Server) =>
        sendStripeWebhook(
          { ...stripe(s), secret: 'whsec_someone_else_0123' },
          stripeEvent('checkout.session.completed', checkoutSession()),
          { signedAt: s.clock.now() },
        ),
    ],
    [
      'WooCommerce, a total changed after signing',
      (s: Server) =>
        sendWooWebhook(woo(s), {
          topic: 'order.updated',
          order: wooOrder(),
          tamper: (body) => body.replace('99.90', '9999.90'),
        }),
    ],
    [
      'WooCommerce, no signature',
      (s: Server) =>
        sendWooWebhook(woo(s), {
          topic: 'order.updated',
          order: wooOrder(),
          headers: { 'X-WC-Webhook-Signature': '' },
        }),
    ],
  ])('401 and nothing stored: %s', async (_name, send) => {
    const server = shared;
    const answer = await send(server);
    expect(answer.status).toBe(401);
    expect(await answer.json()).toMatchObject({ error: { code: expect.any(String) } });
    expect(server.applied).toEqual([]);
    expect(await server.stored()).toEqual([]);
  });

  it('a database failure answers 500 and lets go of the delivery, so the platform’s retry applies it', async () => {
    const server = shared;
    const send = () =>
      sendShopifyWebhook(shopify(server), {
        topic: 'refunds/create',
        payload: shopifyRefund(820982911946154508n, ['10.00']),
        webhookId: 'wh-retry',
      });
    server.failNext(1);
    const failed = await send();
    expect(failed.status).toBe(500);
    expect(await server.stored()).toEqual([]);
    const retried = await send();
    expect(await retried.json()).toEqual({ received: true, applied: 1 });
    expect(server.applied).toMatchObject([
      { kind: 'refund', refundId: '509562969', amount: { minor: 1000 } },
    ]);
  });

  it('a claim left behind by a process that died is taken over after its lease', async () => {
    const server = shared;
    await server.db.query(
      `insert into inbound_deliveries (site_key, source, delivery_id, topic, status, claim_token, claimed_at)
       values ($1, 'shopify', 'wh-orphan', 'orders/paid', 'processing', 'dead', $2)`,
      [site.siteKey, new Date(server.clock.now() - 3 * 60_000)],
    );
    const answer = await sendShopifyWebhook(shopify(server), {
      topic: 'orders/paid',
      payload: shopifyOrder(),
      webhookId: 'wh-orphan',
    });
    expect(await answer.json()).toEqual({ received: true, applied: 1 });
  });

  it('a copy that finds another still applying after the wait answers 503 with Retry-After', async () => {
    const server = shared;
    await server.db.query(
      `insert into inbound_deliveries (site_key, source, delivery_id, topic, status, claim_token, claimed_at)
       values ($1, 'shopify', 'wh-slow', 'orders/paid', 'processing', 'alive', $2)`,
      [site.siteKey, new Date(server.clock.now())],
    );
    const answer = await sendShopifyWebhook(shopify(server), {
      topic: 'orders/paid',
      payload: shopifyOrder(),
      webhookId: 'wh-slow',
    });
    expect(answer.status).toBe(503);
    expect(answer.headers.get('retry-after')).toBe('10');
    expect(server.applied).toEqual([]);
  });

  it('answers 200 without storing: unknown topics, unpaid orders and WooCommerce’s ping', async () => {
    const server = shared;
    const answers = [
      await sendShopifyWebhook(shopify(server), { topic: 'products/update', payload: { id: 1 } }),
      await sendStripeWebhook(stripe(server), stripeEvent('customer.created', { id: 'cus_1' }), {
        signedAt: server.clock.now(),
      }),
      await sendWooWebhook(woo(server), {
        topic: 'order.updated',
        order: wooOrder({ status: 'pending' }),
      }),
      await sendWooPing(woo(server)),
    ];
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200]);
    expect(await Promise.all(answers.map((answer) => answer.json()))).toEqual([
      { received: true, ignored: 'topic products/update is not an order fact' },
      { received: true, ignored: 'event customer.created is not an order fact' },
      { received: true, ignored: 'order status pending' },
      { received: true, ignored: 'ping' },
    ]);
    expect(await server.stored()).toEqual([]);
  });

  it('400 naming the field for a signed but malformed payload; nothing stored', async () => {
    const server = shared;
    const answer = await sendWooWebhook(woo(server), {
      topic: 'order.updated',
      order: wooOrder({ total: '99.9.9' }),
    });
    expect(answer.status).toBe(400);
    expect(await answer.json()).toMatchObject({
      error: { code: 'invalid-payload', message: expect.stringContaining('order.total') },
    });
    expect(await server.stored()).toEqual([]);
  });

  it('404 for a platform the site has not configured, an unknown site or platform', async () => {
    const server = shared;
    const paths = [
      '/webhooks/shopify/shop-bare',
      '/webhooks/shopify/no-such-site',
      '/webhooks/paypal/shop-test',
    ];
    for (const path of paths) {
      const answer = await fetch(`${server.url}${path}`, { method: 'POST', body: '{}' });
      expect(answer.status).toBe(404);
    }
    const other = await sendShopifyWebhook(shopify(server, 'shop-bare'), {
      topic: 'orders/paid',
      payload: shopifyOrder(),
    });
    expect(other.status).toBe(404);
  });

  it('the body limit applies before the signature is computed', async () => {
    const server = shared;
    const answer = await sendShopifyWebhook(shopify(server), {
      topic: 'orders/paid',
      payload: shopifyOrder({ note: 'x'.repeat(70 * 1024) }),
    });
    expect(answer.status).toBe(413);
  });
});
