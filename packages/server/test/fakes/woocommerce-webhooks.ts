import { createHash, createHmac } from 'node:crypto';

/**
 * Sends order webhooks the way WooCommerce does (`WC_Webhook::deliver()`, REST API v3
 * order payload): `X-WC-Webhook-Signature` is the base64 HMAC-SHA256 of the raw body under
 * the webhook's secret; the topic, resource, event, source, webhook id and a delivery id
 * (derived from the webhook id and the current second) ride along. Saving a webhook in the
 * admin first sends an unsigned ping, `webhook_id=<id>`, which must be answered 200.
 */
export interface WooCommerceSender {
  /** `http://127.0.0.1:…/webhooks/woocommerce/<siteKey>` */
  url: string;
  secret: string;
  /** @default 'https://shop.example/' */
  source?: string;
  /** @default 7 */
  webhookId?: number;
}

/** The header WooCommerce computes: base64 HMAC-SHA256 of the raw body. */
export function wooSignature(secret: string, body: string | Uint8Array): string {
  return createHmac('sha256', secret).update(body).digest('base64');
}

/** WooCommerce's delivery id: a hash of the webhook id and the current unix second. */
export function wooDeliveryId(webhookId: number, seconds: number): string {
  return createHash('md5').update(`${webhookId}${seconds}`).digest('hex');
}

/** Posts one delivery of `topic` with the order's full state. */
export function sendWooWebhook(
  sender: WooCommerceSender,
  delivery: {
    topic: string;
    order: Record<string, unknown>;
    deliveryId?: string;
    headers?: Record<string, string>;
    tamper?: (body: string) => string;
  },
): Promise<Response> {
  const body = JSON.stringify(delivery.order);
  const webhookId = sender.webhookId ?? 7;
  const [resource = '', event = ''] = delivery.topic.split('.');
  return fetch(sender.url, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'User-Agent': 'WooCommerce/10.3.0 Hookshot (WordPress/6.9)',
      'X-WC-Webhook-Source': sender.source ?? 'https://shop.example/',
      'X-WC-Webhook-Topic': delivery.topic,
      'X-WC-Webhook-Resource': resource,
      'X-WC-Webhook-Event': event,
      'X-WC-Webhook-Signature': wooSignature(sender.secret, body),
      'X-WC-Webhook-ID': String(webhookId),
      'X-WC-Webhook-Delivery-ID':
        delivery.deliveryId ?? wooDeliveryId(webhookId, Math.floor(Date.now() / 1000)),
      ...delivery.headers,
    },
    body: delivery.tamper ? delivery.tamper(body) : body,
  });
}

/** The unsigned ping WooCommerce sends when a webhook is saved. */
export function sendWooPing(sender: WooCommerceSender): Promise<Response> {
  return fetch(sender.url, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      'User-Agent': 'WooCommerce/10.3.0 Hookshot (WordPress/6.9)',
    },
    body: `webhook_id=${sender.webhookId ?? 7}`,
  });
}

/** A REST API v3 order in `status`, with the fields Grapevine reads and their neighbours. */
export function wooOrder(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 727,
    parent_id: 0,
    number: '727',
    order_key: 'wc_order_58d2d042d1d',
    created_via: 'checkout',
    version: '10.3.0',
    status: 'processing',
    currency: 'EUR',
    date_created: '2026-11-02T11:00:00',
    date_created_gmt: '2026-11-02T10:00:00',
    date_modified: '2026-11-02T11:00:05',
    date_modified_gmt: '2026-11-02T10:00:05',
    date_paid_gmt: '2026-11-02T10:00:05',
    date_completed_gmt: null,
    discount_total: '25.00',
    shipping_total: '0.00',
    total: '99.90',
    total_tax: '0.00',
    prices_include_tax: true,
    customer_id: 31,
    billing: { first_name: 'Fran', last_name: 'Friend', email: 'friend@example.com' },
    payment_method: 'bacs',
    transaction_id: '',
    meta_data: [],
    line_items: [{ id: 315, name: 'Woo Single #1', quantity: 1, total: '99.90' }],
    coupon_lines: [],
    refunds: [],
    ...overrides,
  };
}
