import Stripe from 'stripe';
import type { z } from 'zod';
import { HttpError } from '../../errors.js';
import { assertStorableText } from '../../http/storable-text.js';
import type { OrderFact, VerifiedOrder } from '../facts.js';
import { attributionHints, VISITOR_ID_KEY } from './attribution.js';
import type { StripeSourceConfig } from './config.js';
import { defined, readPayload } from './fields.js';
import { utf8Text } from './json.js';
import { currencyCode } from './money.js';
import { type OrderSource, outcome } from './source.js';
import * as objects from './stripe-objects.js';

/** The event types Grapevine subscribes to; any other type is acknowledged and ignored. */
export const STRIPE_EVENTS = [
  'checkout.session.completed',
  'checkout.session.async_payment_succeeded',
  'invoice.paid',
  'charge.refunded',
  'refund.created',
  'refund.updated',
] as const;

// Invoices that are a new purchase; renewals ('subscription_cycle', …) are not a referred sale.
const FIRST_INVOICES = new Set(['subscription_create', 'manual']);
// Money that left, or is on its way back to, the customer.
const REFUNDED = new Set(['succeeded', 'pending']);

/**
 * Stripe's events, verified by the official SDK (`stripe.webhooks.constructEvent`: the
 * `Stripe-Signature` header's `v1` HMAC over `timestamp.body`, and the timestamp's age
 * against the site's tolerance). Amounts are Stripe's integer minor units. Deduplicated by
 * event id. Stripe has no delivery concept: its orders' NPS emails count from the delivery
 * assumed `npsEmail.assumeDeliveredAfter` the order, unless the shop posts
 * `/v1/orders/:orderId/delivered`.
 */
export const stripeSource: OrderSource<StripeSourceConfig> = {
  name: 'stripe',
  receive({ headers, body, now }, config) {
    let verified: unknown;
    try {
      verified = Stripe.webhooks.constructEvent(
        body,
        headers.get('stripe-signature') ?? '',
        config.webhookSecret,
        config.toleranceSeconds,
        undefined,
        now,
      );
    } catch (error) {
      if (error instanceof Stripe.errors.StripeSignatureVerificationError) {
        throw new HttpError(
          401,
          'bad-signature',
          'Stripe-Signature is missing, forged or expired.',
        );
      }
      throw new HttpError(400, 'malformed-json', 'The request body is not valid JSON.');
    }
    utf8Text(body); // refuses U+0000, which PostgreSQL text cannot hold
    assertStorableText(verified); // and lone surrogates, which valid JSON can spell
    const parsed = readPayload(objects.event, verified, 'event');
    if (!(STRIPE_EVENTS as readonly string[]).includes(parsed.type)) {
      return { kind: 'ignored', reason: `event ${parsed.type} is not an order fact` };
    }
    const facts = stripeFacts(parsed.type, parsed.data.object);
    return outcome(parsed.id, parsed.type, facts, `${parsed.type}: nothing paid or refunded`);
  },
};

function stripeFacts(type: string, object: unknown): OrderFact[] {
  switch (type) {
    case 'checkout.session.completed':
    case 'checkout.session.async_payment_succeeded':
      return sessionOrder(readPayload(objects.session, object, 'data.object'));
    case 'invoice.paid':
      return invoiceOrder(readPayload(objects.invoice, object, 'data.object'));
    case 'charge.refunded':
      return chargeRefunds(readPayload(objects.charge, object, 'data.object'));
    default:
      return refundFacts([readPayload(objects.refundObject, object, 'data.object')]);
  }
}

function sessionOrder(paid: z.output<typeof objects.session>): OrderFact[] {
  // Delayed methods (SEPA, bank transfers) complete unpaid and succeed later.
  if (paid.payment_status !== 'paid') return [];
  const meta = paid.metadata ?? {};
  const hints = attributionHints(Object.entries(meta));
  // A subscription's first invoice is the same purchase as its session: one order id.
  const orderId = orderIdFrom(meta) ?? paid.invoice ?? paid.id;
  return [
    stripeOrder({
      orderId,
      aliases: [paid.id, paid.payment_intent, paid.invoice],
      total: paid.amount_total,
      currency: paid.currency,
      createdAt: paid.created,
      discountRefs: paid.discounts,
      customerId: paid.customer,
      email: paid.customer_details?.email ?? paid.customer_email,
      visitorId: hints.visitorId ?? hintOf(paid.client_reference_id),
      referralCode: hints.referralCode,
    }),
  ];
}

function invoiceOrder(paid: z.output<typeof objects.invoice>): OrderFact[] {
  if (paid.billing_reason && !FIRST_INVOICES.has(paid.billing_reason)) return [];
  const meta = paid.metadata ?? {};
  const hints = attributionHints(Object.entries(meta));
  const intents = (paid.payments?.data ?? []).map((entry) => entry.payment?.payment_intent);
  return [
    stripeOrder({
      orderId: orderIdFrom(meta) ?? paid.id,
      aliases: [paid.id, paid.payment_intent, paid.charge, ...intents],
      total: paid.amount_paid,
      currency: paid.currency,
      createdAt: paid.status_transitions?.paid_at ?? paid.created,
      discountRefs: paid.discounts,
      customerId: paid.customer,
      email: paid.customer_email,
      visitorId: hints.visitorId,
      referralCode: hints.referralCode,
    }),
  ];
}

function stripeOrder(fields: {
  orderId: string;
  aliases: (string | undefined)[];
  total: number;
  currency: string;
  createdAt: number;
  discountRefs: string[];
  customerId: string | undefined;
  email: string | undefined;
  visitorId: string | undefined;
  referralCode: string | undefined;
}): VerifiedOrder {
  const aliases = [...new Set(fields.aliases)].filter(
    (alias): alias is string => alias !== undefined && alias !== fields.orderId,
  );
  return {
    kind: 'order',
    source: 'stripe',
    orderId: fields.orderId,
    ...(aliases.length > 0 ? { aliases } : {}),
    total: { minor: fields.total, currency: currencyCode(fields.currency, 'data.object.currency') },
    discountCodes: [],
    ...(fields.discountRefs.length > 0 ? { discountRefs: fields.discountRefs } : {}),
    createdAt: fields.createdAt * 1000,
    ...defined({
      customerId: fields.customerId,
      email: fields.email,
      visitorId: fields.visitorId,
      referralCode: fields.referralCode,
    }),
  };
}

/**
 * One refund fact per refund id, never the cumulative `amount_refunded`: a replayed or
 * out-of-order event then cannot count a refund twice. API versions from 2022-11-15 leave
 * the refund list out of the event; a full refund is then a cancellation, and partial refunds
 * arrive as `refund.created` / `refund.updated` events.
 */
function chargeRefunds(refunded: z.output<typeof objects.charge>): OrderFact[] {
  if (refunded.refunds) {
    return refundFacts(
      refunded.refunds.data.map((entry) => ({
        ...entry,
        payment_intent: entry.payment_intent ?? refunded.payment_intent,
        charge: entry.charge ?? refunded.id,
      })),
    );
  }
  if (!refunded.refunded) return [];
  return [
    {
      kind: 'cancellation',
      source: 'stripe',
      orderId: refunded.payment_intent ?? refunded.id,
      createdAt: refunded.created * 1000,
    },
  ];
}

function refundFacts(refunds: z.output<typeof objects.refundObject>[]): OrderFact[] {
  return refunds.flatMap((entry) => {
    const orderId = entry.payment_intent ?? entry.charge;
    if (!REFUNDED.has(entry.status ?? '') || entry.amount === 0 || orderId === undefined) return [];
    return [
      {
        kind: 'refund' as const,
        source: 'stripe' as const,
        orderId,
        refundId: entry.id,
        amount: { minor: entry.amount, currency: currencyCode(entry.currency, 'refund.currency') },
        createdAt: entry.created * 1000,
      },
    ];
  });
}

function orderIdFrom(meta: Record<string, unknown>): string | undefined {
  const id = meta.order_id;
  return typeof id === 'string' && /^[\w.:#/-]{1,128}$/.test(id) ? id : undefined;
}

function hintOf(value: string | null | undefined): string | undefined {
  return attributionHints([[VISITOR_ID_KEY, value]]).visitorId;
}
