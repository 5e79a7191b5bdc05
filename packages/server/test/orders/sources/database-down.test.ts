import { describe, expect, it } from 'vitest';
import type { Database } from '../../../src/db/database.js';
import { sendShopifyWebhook, shopifyOrder } from '../../fakes/shopify-webhooks.js';
import { databaseKinds, testDatabase } from '../../helpers/database.js';
import { startHarness } from '../../helpers/harness.js';
import { SHOPIFY, site } from './route-fixtures.js';

describe.each(databaseKinds)(
  'the whole server on %s, with its database down for a moment',
  (kind) => {
    it('answers 500 while the database is down, stores nothing, and applies the platform’s retry', async () => {
      const db = await testDatabase(kind);
      let down = false;
      const refuse = () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:5432'));
      const flaky: Database = {
        kind: db.kind,
        query: (sql, params) => (down ? refuse() : db.query(sql, params)),
        transaction: (work) => (down ? refuse() : db.transaction(work)),
        close: () => db.close(),
      };
      const logged: string[] = [];
      const h = await startHarness(flaky, {
        site,
        logger: { info() {}, warn() {}, error: (message) => logged.push(message) },
      });
      try {
        const send = () =>
          sendShopifyWebhook(
            {
              url: `${h.url}/webhooks/shopify/${site.siteKey}`,
              secret: SHOPIFY.webhookSecret,
              shopDomain: SHOPIFY.shopDomain,
            },
            { topic: 'orders/paid', payload: shopifyOrder(), webhookId: 'wh-down' },
          );
        down = true;
        const failed = await send();
        expect(failed.status).toBe(500);
        expect(logged).toEqual(['request failed']);
        down = false;
        expect(await db.query('select 1 from inbound_deliveries')).toEqual([]);
        const retried = await send();
        expect(await retried.json()).toEqual({ received: true, applied: 1 });
        expect(await db.query('select order_id from orders')).toEqual([
          { order_id: '820982911946154508' },
        ]);
      } finally {
        await h.close();
        await db.close();
      }
    }, 60_000);
  },
);
