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
    customer_locale: 'en',
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

/**
 * A `fulfillment_events/create` payload: one tracking event of a fulfillment (REST
 * `FulfillmentEvent`), `delivered` unless told otherwise.
 */
export function shopifyFulfillmentEvent(
  orderId: bigint,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    id: 944956395n,
    fulfillment_id: 255858046n,
    status: 'delivered',
    message: 'Delivered to the front door',
    happened_at: '2026-11-06T14:05:00+01:00',
    city: 'Aarhus',
    province: null,
    country: 'Denmark',
    zip: '8000',
    address1: null,
    latitude: null,
    longitude: null,
    shop_id: 690933842n,
    created_at: '2026-11-06T14:07:00+01:00',
    updated_at: '2026-11-06T14:07:00+01:00',
    estimated_delivery_at: null,
    order_id: orderId,
    admin_graphql_api_id: 'gid://shopify/FulfillmentEvent/944956395',
    ...overrides,
  };
}

/**
 * A `fulfillments/update` payload (REST `Fulfillment`) whose carrier status moved to
 * `shipment_status`, `delivered` unless told otherwise.
 */
export function shopifyFulfillment(
  orderId: bigint,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    id: 255858046n,
    order_id: orderId,
    status: 'success',
    created_at: '2026-11-03T09:00:00+01:00',
    service: 'manual',
    updated_at: '2026-11-06T14:07:00+01:00',
    tracking_company: 'PostNord',
    shipment_status: 'delivered',
    location_id: 487838322n,
    tracking_number: '00370730253403985422',
    tracking_numbers: ['00370730253403985422'],
    tracking_url: 'https://tracking.postnord.com/?id=00370730253403985422',
    name: '#1001.1',
    admin_graphql_api_id: 'gid://shopify/Fulfillment/255858046',
    ...overrides,
  };
}
