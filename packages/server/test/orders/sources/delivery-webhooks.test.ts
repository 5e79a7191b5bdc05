// Deliveries from the platforms through the real webhook routes and order service (issue #15):
// Shopify's fulfillment topics and WooCommerce's `completed`, signed as the platforms sign
// them; forged ones refused, replays and out-of-order reports applied once.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '../../../src/db/database.js';
import {
  sendShopifyWebhook,
  shopifyFulfillment,
  shopifyFulfillmentEvent,
  shopifyOrder,
} from '../../fakes/shopify-webhooks.js';
import { sendWooWebhook, wooOrder } from '../../fakes/woocommerce-webhooks.js';
import { databaseKinds, testDatabase } from '../../helpers/database.js';
import { type Harness, startHarness, testSite } from '../../helpers/harness.js';
import { DAY, SOURCES, sender } from './journey-shops.js';

vi.setConfig({ testTimeout: 30_000 });

const site = testSite({
  orderSources: SOURCES,
  npsEmail: {
    campaignId: 'nps',
    from: 'delivery',
    assumeDeliveredAfterMs: 7 * DAY,
    afterMs: 14 * DAY,
    withinMs: 180 * DAY,
    linkValidMs: 30 * DAY,
  },
});

describe.each(databaseKinds)('platform deliveries on %s', (kind) => {
  let db: Database;
  let h: Harness;

  beforeAll(async () => {
    db = await testDatabase(kind);
    h = await startHarness(db, { site });
  }, 120_000);
  afterAll(async () => {
    await h?.close();
    await db?.close();
  });

  const order = async (orderId: string) =>
    (
      await db.query<{ delivered_at: Date | null; locale: string | null }>(
        'select delivered_at, locale from orders where order_id = $1',
        [orderId],
      )
    )[0];
  const ask = async (orderId: string) =>
    (
      await db.query<{ ask_basis: string; send_after: Date }>(
        `select ask_basis, send_after from email_asks where flow = 'nps' and order_id = $1`,
        [orderId],
      )
    )[0];

  it('Shopify: the fulfillment event arrives before the order (and twice); the order is filed from it', async () => {
    const id = 820982911946155001n;
    const event = shopifyFulfillmentEvent(id, {
      happened_at: new Date(h.clock.now()).toISOString(),
    });
    const send = () =>
      sendShopifyWebhook(sender(h, 'shopify'), {
        topic: 'fulfillment_events/create',
        payload: event,
        webhookId: 'wh-delivered-1',
      });
    expect((await send()).status).toBe(200);
    expect((await send()).status).toBe(200);
    const [stored] = await db.query<{ applied_at: Date | null }>(
      'select applied_at from order_deliveries where order_ref = $1',
      [String(id)],
    );
    expect(stored).toEqual({ applied_at: null });
    const placed = h.clock.now() - DAY;
    const paid = await sendShopifyWebhook(sender(h, 'shopify'), {
      topic: 'orders/paid',
      payload: shopifyOrder({
        id,
        name: '#2001',
        checkout_token: 'token-delivery-1',
        created_at: new Date(placed).toISOString(),
        customer_locale: 'da-DK',
      }),
    });
    expect(paid.status).toBe(200);
    expect(await order(String(id))).toEqual({
      delivered_at: new Date(h.clock.now()),
      locale: 'da-DK',
    });
    expect(await ask(String(id))).toEqual({
      ask_basis: 'delivery',
      send_after: new Date(h.clock.now() + 14 * DAY),
    });
  });

  it('Shopify: fulfillments/update delivered after the order retimes its survey; a forged one is refused', async () => {
    const id = 820982911946155002n;
    const placed = h.clock.now();
    await sendShopifyWebhook(sender(h, 'shopify'), {
      topic: 'orders/paid',
      payload: shopifyOrder({
        id,
        name: '#2002',
        checkout_token: 'token-delivery-2',
        created_at: new Date(placed).toISOString(),
      }),
    });
    expect(await ask(String(id))).toMatchObject({ ask_basis: 'assumed' });
    h.clock.set(placed + 3 * DAY);
    const update = shopifyFulfillment(id, { updated_at: new Date(placed + 2 * DAY).toISOString() });
    const forged = await sendShopifyWebhook(sender(h, 'shopify', true), {
      topic: 'fulfillments/update',
      payload: update,
    });
    expect(forged.status).toBe(401);
    expect(await order(String(id))).toMatchObject({ delivered_at: null });
    const genuine = await sendShopifyWebhook(sender(h, 'shopify'), {
      topic: 'fulfillments/update',
      payload: update,
    });
    expect(genuine.status).toBe(200);
    expect(await ask(String(id))).toEqual({
      ask_basis: 'delivery',
      send_after: new Date(placed + 16 * DAY),
    });
  });

  it('WooCommerce: completed is the delivery; the same state again changes nothing', async () => {
    const placed = h.clock.now();
    const gmt = (ms: number) => new Date(ms).toISOString().slice(0, 19);
    const state = (status: string, extra: Record<string, unknown> = {}) =>
      wooOrder({
        id: 7301,
        number: '7301',
        order_key: 'wc_order_delivery7301',
        status,
        date_created_gmt: gmt(placed),
        date_paid_gmt: gmt(placed),
        meta_data: [{ id: 1, key: 'wpml_language', value: 'fi' }],
        ...extra,
      });
    const send = (order: Record<string, unknown>) =>
      sendWooWebhook(sender(h, 'woocommerce'), { topic: 'order.updated', order });
    expect((await send(state('processing'))).status).toBe(200);
    expect(await order('7301')).toEqual({ delivered_at: null, locale: 'fi' });
    h.clock.set(placed + 2 * DAY);
    const completed = state('completed', {
      date_completed_gmt: gmt(placed + DAY),
      date_modified_gmt: gmt(placed + DAY),
    });
    expect((await send(completed)).status).toBe(200);
    expect((await send(completed)).status).toBe(200);
    expect(await order('7301')).toMatchObject({
      delivered_at: new Date(Math.floor((placed + DAY) / 1000) * 1000),
    });
    expect(await ask('7301')).toMatchObject({ ask_basis: 'delivery' });
    const reports = await db.query('select 1 from order_deliveries where order_ref = $1', ['7301']);
    expect(reports).toHaveLength(1);
  });
});
