import { createHmac, randomUUID } from 'node:crypto';
import { platformJson } from './json-with-bigints.js';

/**
 * Sends order webhooks the way Shopify does (shopify.dev, "Webhooks delivery structure" and
 * the REST `Order` / `Refund` resources): a JSON body whose ids are 64-bit integers, signed
 * with `X-Shopify-Hmac-Sha256` (base64 HMAC-SHA256 of the raw body under the app's client
 * secret), with the topic, shop domain, API version and a webhook id that stays the same on
 * every retry of a delivery.
 */
export interface ShopifySender {
  /** `http://127.0.0.1:…/webhooks/shopify/<siteKey>` */
  url: string;
  secret: string;
  shopDomain: string;
}

/** The header Shopify computes: base64 HMAC-SHA256 of the raw body. */
export function shopifyHmac(secret: string, body: string | Uint8Array): string {
  return createHmac('sha256', secret).update(body).digest('base64');
}

/** Posts one delivery; `body` overrides the serialized payload (for forged bodies). */
export function sendShopifyWebhook(
  sender: ShopifySender,
  delivery: {
    topic: string;
    payload: unknown;
    webhookId?: string;
    body?: string;
    headers?: Record<string, string>;
  },
): Promise<Response> {
  const body = delivery.body ?? platformJson(delivery.payload);
  return fetch(sender.url, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'User-Agent': 'Shopify-Captain-Hook',
      'X-Shopify-Topic': delivery.topic,
      'X-Shopify-Hmac-Sha256': shopifyHmac(sender.secret, body),
      'X-Shopify-Shop-Domain': sender.shopDomain,
      'X-Shopify-API-Version': '2026-10',
      'X-Shopify-Webhook-Id': delivery.webhookId ?? randomUUID(),
      'X-Shopify-Event-Id': randomUUID(),
      'X-Shopify-Triggered-At': new Date().toISOString(),
      ...delivery.headers,
    },
    body,
  });
}

/** An `orders/paid` payload: Shopify's REST order, the fields Grapevine reads and their neighbours. */
export function shopifyOrder(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const id = (overrides.id as bigint | undefined) ?? 820982911946154508n;
  const total = (overrides.total_price as string | undefined) ?? '99.90';
  const currency = (overrides.currency as string | undefined) ?? 'EUR';
  return {
    id,
    admin_graphql_api_id: `gid://shopify/Order/${id}`,
    name: '#1001',
    order_number: 1001,
    email: 'friend@example.com',
    contact_email: 'friend@example.com',
    created_at: '2026-11-02T11:00:00+01:00',
    processed_at: '2026-11-02T11:00:00+01:00',
    checkout_token: 'a3b1c2d4e5f60718293a4b5c6d7e8f90',
    financial_status: 'paid',
    currency,
    presentment_currency: currency,
    subtotal_price: total,
    total_price: total,
    total_discounts: '0.00',
    total_price_set: {
      shop_money: { amount: total, currency_code: currency },
      presentment_money: { amount: total, currency_code: currency },
    },
    discount_codes: [],
    note_attributes: [],
    customer: { id: 115310627314723954n, email: 'friend@example.com', first_name: 'Fran' },
    line_items: [{ id: 866550311766439020n, title: 'IPod Nano - 8GB', quantity: 1, price: total }],
    test: false,
    ...overrides,
  };
}

/** A `refunds/create` payload: a refund with its transactions (kind `refund`, status `success`). */
export function shopifyRefund(
  orderId: bigint,
  amounts: string[],
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    id: 509562969n,
    order_id: orderId,
    created_at: '2026-11-05T12:00:00+01:00',
    processed_at: '2026-11-05T12:00:00+01:00',
    note: 'Returned',
    restock: true,
    refund_line_items: [],
    transactions: amounts.map((amount, i) => ({
      id: 389404469n + BigInt(i),
      order_id: orderId,
      kind: 'refund',
      gateway: 'bogus',
      status: 'success',
      amount,
      currency: 'EUR',
    })),
    ...overrides,
  };
}

/** An `orders/cancelled` payload. */
export function shopifyCancelledOrder(
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return shopifyOrder({
    cancelled_at: '2026-11-03T09:00:00+01:00',
    cancel_reason: 'customer',
    financial_status: 'voided',
    ...overrides,
  });
}
