import { createHash } from 'node:crypto';
import { z } from 'zod';
import { HttpError } from '../../errors.js';
import type { OrderFact, VerifiedOrder } from '../facts.js';
import { attributionHints } from './attribution.js';
import type { WooCommerceSourceConfig } from './config.js';
import { defined, optionalEmail, platformId, readPayload } from './fields.js';
import { verifyBase64Hmac } from './hmac.js';
import { parsePlatformJson, utf8Text } from './json.js';
import { decimalToMoney } from './money.js';
import { type OrderSource, outcome } from './source.js';

/** The topics Grapevine subscribes to; any other topic is acknowledged and ignored. */
export const WOOCOMMERCE_TOPICS = ['order.created', 'order.updated'] as const;

/**
 * How an order's status maps to facts. `processing` and `completed` are paid: the order.
 * `cancelled` and `refunded` cancel (the whole reward is voided, or reversed once approved),
 * but only an order that was paid (`date_paid_gmt` set): WooCommerce also cancels unpaid
 * orders when their stock hold expires, and such an order can still be paid later, which
 * must then count. `failed` (the payment did not go through) says nothing for the same
 * reason: the customer may pay the same order again. `pending`, `on-hold` and
 * `checkout-draft` are not paid yet. Refund lines count whatever the status.
 */
export const WOOCOMMERCE_PAID = new Set(['processing', 'completed']);
/**
 * Core WooCommerce has no delivery state: `completed` means the shop fulfilled the order
 * (shipped it, or handed it over). Grapevine counts that as the delivery, at
 * `date_completed_gmt`; a site whose parcels travel for days allows for it in `npsEmail.after`.
 */
export const WOOCOMMERCE_DELIVERED = 'completed';
export const WOOCOMMERCE_CANCELLED = new Set(['cancelled', 'refunded']);

// Sent unsigned when a webhook is saved in the admin: `webhook_id=<id>`. WooCommerce keeps
// the webhook disabled unless this answers 200.
const PING = /^webhook_id=\d+$/;

/** WooCommerce stores times in UTC without a zone: "2026-11-02T10:00:00". */
const gmtTime = z
  .string()
  .regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/, 'expected a UTC date-time like "2026-11-02T10:00:00"')
  .transform((text) => Date.parse(`${text}Z`));

const order = z.looseObject({
  id: platformId,
  number: z.string().max(128).nullish(),
  order_key: z.string().max(128).nullish(),
  status: z.string(),
  currency: z.string(),
  total: z.string(),
  date_created_gmt: gmtTime,
  date_modified_gmt: gmtTime.nullish(),
  date_paid_gmt: gmtTime.nullish(),
  date_completed_gmt: gmtTime.nullish(),
  customer_id: z.number().int().nonnegative().nullish(),
  billing: z.looseObject({ email: optionalEmail }).nullish(),
  coupon_lines: z.array(z.looseObject({ code: z.string().min(1).max(200) })).default([]),
  refunds: z.array(z.looseObject({ id: platformId, total: z.string() })).default([]),
  meta_data: z.array(z.looseObject({ key: z.string(), value: z.unknown() })).default([]),
});

/**
 * WooCommerce's order webhooks. `X-WC-Webhook-Signature` is the base64 HMAC-SHA256 of the
 * raw body under the webhook's secret. Updates arrive many times and out of order, so every
 * delivery is mapped from the order's full state, each fact idempotent by its natural key.
 */
export const wooCommerceSource: OrderSource<WooCommerceSourceConfig> = {
  name: 'woocommerce',
  receive({ headers, body }, config) {
    const signature = headers.get('x-wc-webhook-signature');
    if (!signature && PING.test(new TextDecoder().decode(body))) {
      return { kind: 'ignored', reason: 'ping' };
    }
    if (!verifyBase64Hmac(config.webhookSecret, body, signature)) {
      throw new HttpError(401, 'bad-signature', 'X-WC-Webhook-Signature does not match the body.');
    }
    const topic = headers.get('x-wc-webhook-topic');
    if (!topic) throw new HttpError(400, 'invalid-payload', 'X-WC-Webhook-Topic: required.');
    if (!(WOOCOMMERCE_TOPICS as readonly string[]).includes(topic)) {
      return { kind: 'ignored', reason: `topic ${topic} is not an order fact` };
    }
    const delivery = headers.get('x-wc-webhook-delivery-id');
    if (!delivery || delivery.length > 200) {
      throw new HttpError(400, 'invalid-payload', 'X-WC-Webhook-Delivery-ID: required.');
    }
    const text = utf8Text(body);
    const state = readPayload(order, parsePlatformJson(text), 'order');
    // WooCommerce derives the delivery id from the webhook id and the current second, so two
    // different updates within one second share it: the body's digest tells them apart.
    const digest = createHash('sha256').update(body).digest('hex').slice(0, 32);
    const deliveryId = `${headers.get('x-wc-webhook-id') ?? ''}:${delivery}:${digest}`;
    return outcome(deliveryId, topic, wooFacts(state), `order status ${state.status}`);
  },
};

function wooFacts(state: z.output<typeof order>): OrderFact[] {
  const facts: OrderFact[] = [];
  const updatedAt = state.date_modified_gmt ?? state.date_created_gmt;
  if (WOOCOMMERCE_PAID.has(state.status)) facts.push(wooOrder(state));
  for (const [i, refund] of state.refunds.entries()) {
    const amount = decimalToMoney(refund.total, state.currency, `order.refunds[${i}].total`);
    if (amount.minor === 0) continue;
    facts.push({
      kind: 'refund',
      source: 'woocommerce',
      orderId: state.id,
      refundId: refund.id,
      // Listed as negative totals ("-10.00").
      amount: { minor: Math.abs(amount.minor), currency: amount.currency },
      createdAt: updatedAt,
    });
  }
  if (state.status === WOOCOMMERCE_DELIVERED) {
    facts.push({
      kind: 'delivery',
      source: 'woocommerce',
      orderId: state.id,
      deliveredAt: state.date_completed_gmt ?? updatedAt,
    });
  }
  if (WOOCOMMERCE_CANCELLED.has(state.status) && state.date_paid_gmt) {
    facts.push({
      kind: 'cancellation',
      source: 'woocommerce',
      orderId: state.id,
      createdAt: updatedAt,
    });
  }
  return facts;
}

function wooOrder(state: z.output<typeof order>): VerifiedOrder {
  const aliases = [state.number, state.order_key].filter(
    (alias): alias is string => typeof alias === 'string' && alias !== '' && alias !== state.id,
  );
  const hints = attributionHints(state.meta_data.map((meta) => [meta.key, meta.value] as const));
  const total = decimalToMoney(state.total, state.currency, 'order.total');
  if (total.minor < 0) throw new HttpError(400, 'invalid-payload', 'order.total: negative.');
  return {
    kind: 'order',
    source: 'woocommerce',
    orderId: state.id,
    ...(aliases.length > 0 ? { aliases } : {}),
    total,
    discountCodes: state.coupon_lines.map((coupon) => coupon.code),
    createdAt: state.date_created_gmt,
    ...defined({
      customerId: state.customer_id ? String(state.customer_id) : undefined,
      email: state.billing?.email,
      ...hints,
    }),
  };
}
