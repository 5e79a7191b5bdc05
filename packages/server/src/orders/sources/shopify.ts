import { z } from 'zod';
import { HttpError } from '../../errors.js';
import { localeTag } from '../../mail/i18n/locales.js';
import type { OrderFact, VerifiedOrder } from '../facts.js';
import { attributionHints } from './attribution.js';
import type { ShopifySourceConfig } from './config.js';
import { defined, isoTime, optionalEmail, platformId, readPayload } from './fields.js';
import { verifyBase64Hmac } from './hmac.js';
import { parsePlatformJson, utf8Text } from './json.js';
import { decimalToMoney } from './money.js';
import { SHOPIFY_FULFILLMENT_TOPICS, shopifyDelivery } from './shopify-fulfillments.js';
import { type OrderSource, outcome } from './source.js';

/** The topics Grapevine subscribes to; any other topic is acknowledged and ignored. */
export const SHOPIFY_TOPICS = [
  'orders/paid',
  'refunds/create',
  'orders/cancelled',
  ...SHOPIFY_FULFILLMENT_TOPICS,
] as const;

const money = z.looseObject({ amount: z.string(), currency_code: z.string() });

const order = z.looseObject({
  id: platformId,
  admin_graphql_api_id: z.string().nullish(),
  name: z.string().max(128).nullish(),
  checkout_token: z.string().max(128).nullish(),
  created_at: isoTime,
  total_price: z.string(),
  currency: z.string(),
  presentment_currency: z.string().nullish(),
  total_price_set: z.looseObject({ presentment_money: money }).nullish(),
  discount_codes: z.array(z.looseObject({ code: z.string().min(1).max(200) })).default([]),
  email: optionalEmail,
  contact_email: optionalEmail,
  customer_locale: z.unknown(),
  customer: z.looseObject({ id: platformId.nullish(), email: optionalEmail }).nullish(),
  note_attributes: z.array(z.looseObject({ name: z.string(), value: z.unknown() })).nullish(),
});

const cancelledOrder = z.looseObject({
  id: platformId,
  cancelled_at: isoTime.nullish(),
  updated_at: isoTime.nullish(),
});

const refund = z.looseObject({
  id: platformId,
  order_id: platformId,
  created_at: isoTime,
  processed_at: isoTime.nullish(),
  transactions: z
    .array(
      z.looseObject({
        kind: z.string(),
        status: z.string(),
        amount: z.string(),
        currency: z.string(),
      }),
    )
    .default([]),
});

/**
 * Shopify's order webhooks. `X-Shopify-Hmac-Sha256` is the base64 HMAC-SHA256 of the raw
 * body under the app's client secret; `X-Shopify-Shop-Domain` must name the configured shop
 * (an app's secret is shared by every shop that installs it); `X-Shopify-Webhook-Id` is the
 * same on every retry of one delivery.
 */
export const shopifySource: OrderSource<ShopifySourceConfig> = {
  name: 'shopify',
  receive({ headers, body }, config) {
    if (!verifyBase64Hmac(config.webhookSecret, body, headers.get('x-shopify-hmac-sha256'))) {
      throw new HttpError(401, 'bad-signature', 'X-Shopify-Hmac-Sha256 does not match the body.');
    }
    if (headers.get('x-shopify-shop-domain')?.toLowerCase() !== config.shopDomain) {
      throw new HttpError(401, 'wrong-shop', 'X-Shopify-Shop-Domain is not the configured shop.');
    }
    const topic = headers.get('x-shopify-topic');
    const deliveryId = headers.get('x-shopify-webhook-id');
    if (!topic) throw new HttpError(400, 'invalid-payload', 'X-Shopify-Topic: required.');
    if (!(SHOPIFY_TOPICS as readonly string[]).includes(topic)) {
      return { kind: 'ignored', reason: `topic ${topic} is not an order fact` };
    }
    if (!deliveryId || deliveryId.length > 200) {
      throw new HttpError(400, 'invalid-payload', 'X-Shopify-Webhook-Id: required.');
    }
    const json = parsePlatformJson(utf8Text(body));
    if (SHOPIFY_FULFILLMENT_TOPICS.includes(topic)) {
      return outcome(deliveryId, topic, shopifyDelivery(topic, json), 'not delivered yet');
    }
    return outcome(deliveryId, topic, shopifyFacts(topic, json), 'no money was refunded');
  },
};

function shopifyFacts(topic: string, json: unknown): OrderFact[] {
  if (topic === 'orders/paid') return [shopifyOrder(readPayload(order, json, 'order'))];
  if (topic === 'orders/cancelled') {
    const cancelled = readPayload(cancelledOrder, json, 'order');
    const at = cancelled.cancelled_at ?? cancelled.updated_at;
    if (at === undefined || at === null) {
      throw new HttpError(400, 'invalid-payload', 'order.cancelled_at: required.');
    }
    return [{ kind: 'cancellation', source: 'shopify', orderId: cancelled.id, createdAt: at }];
  }
  return shopifyRefund(readPayload(refund, json, 'refund'));
}

function shopifyOrder(paid: z.output<typeof order>): VerifiedOrder {
  // What the customer paid, in the currency they paid in: refund transactions use it too.
  const presentment = paid.total_price_set?.presentment_money;
  const total = presentment
    ? decimalToMoney(
        presentment.amount,
        presentment.currency_code,
        'order.total_price_set.presentment_money.amount',
      )
    : decimalToMoney(
        paid.total_price,
        paid.presentment_currency ?? paid.currency,
        'order.total_price',
      );
  if (total.minor < 0) throw new HttpError(400, 'invalid-payload', 'order.total_price: negative.');
  const aliases = [paid.admin_graphql_api_id, paid.name, paid.checkout_token].filter(
    (alias): alias is string => typeof alias === 'string' && alias !== '' && alias !== paid.id,
  );
  const hints = attributionHints(
    (paid.note_attributes ?? []).map((attribute) => [attribute.name, attribute.value] as const),
  );
  return {
    kind: 'order',
    source: 'shopify',
    orderId: paid.id,
    ...(aliases.length > 0 ? { aliases } : {}),
    total,
    discountCodes: paid.discount_codes.map((discount) => discount.code),
    createdAt: paid.created_at,
    ...defined({
      customerId: paid.customer?.id ?? undefined,
      email: paid.email ?? paid.contact_email ?? paid.customer?.email,
      ...hints,
      locale: localeTag(paid.customer_locale) ?? hints.locale,
    }),
  };
}

function shopifyRefund(refunded: z.output<typeof refund>): OrderFact[] {
  const paidBack = refunded.transactions.filter(
    (transaction) => transaction.kind === 'refund' && transaction.status === 'success',
  );
  if (paidBack.length === 0) return [];
  let minor = 0;
  let currency: string | undefined;
  for (const [i, transaction] of paidBack.entries()) {
    const amount = decimalToMoney(
      transaction.amount,
      transaction.currency,
      `refund.transactions[${i}].amount`,
    );
    if (currency !== undefined && amount.currency !== currency) {
      throw new HttpError(
        400,
        'invalid-payload',
        `refund.transactions[${i}].currency: differs from the others.`,
      );
    }
    currency = amount.currency;
    minor += amount.minor;
  }
  if (minor <= 0 || currency === undefined) return [];
  return [
    {
      kind: 'refund',
      source: 'shopify',
      orderId: refunded.order_id,
      refundId: refunded.id,
      amount: { minor, currency },
      createdAt: refunded.processed_at ?? refunded.created_at,
    },
  ];
}
