import { createHmac } from 'node:crypto';

/**
 * Sends events the way Stripe does (docs.stripe.com, "Check the webhook signatures"): the
 * event JSON, and `Stripe-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">`
 * under the endpoint's `whsec_` secret. Computed here from the documented scheme, not with
 * the SDK that the server verifies with, so the two check each other.
 */
export interface StripeSender {
  /** `http://127.0.0.1:…/webhooks/stripe/<siteKey>` */
  url: string;
  secret: string;
}

/** The `Stripe-Signature` header for `body` signed at `seconds`. */
export function stripeSignature(secret: string, body: string, seconds: number): string {
  const mac = createHmac('sha256', secret).update(`${seconds}.${body}`).digest('hex');
  return `t=${seconds},v1=${mac}`;
}

/**
 * Posts one event, signed at `signedAt` (epoch ms; default now). `tamper` changes the body
 * after signing (a forgery); `headers` replace any header.
 */
export function sendStripeWebhook(
  sender: StripeSender,
  event: Record<string, unknown>,
  options: {
    signedAt?: number;
    tamper?: (body: string) => string;
    headers?: Record<string, string>;
  } = {},
): Promise<Response> {
  const body = JSON.stringify(event, null, 2);
  const seconds = Math.floor((options.signedAt ?? Date.now()) / 1000);
  return fetch(sender.url, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'User-Agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)',
      'Stripe-Signature': stripeSignature(sender.secret, body, seconds),
      ...options.headers,
    },
    body: options.tamper ? options.tamper(body) : body,
  });
}

let sequence = 0;

/** An event envelope (`object: 'event'`) around `object`. */
export function stripeEvent(
  type: string,
  object: Record<string, unknown>,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  sequence += 1;
  return {
    id: `evt_1Qtest${String(sequence).padStart(6, '0')}`,
    object: 'event',
    api_version: '2026-11-18.endive',
    created: 1_793_613_600,
    data: { object },
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type,
    ...overrides,
  };
}

/** A paid `checkout.session` in payment mode. */
export function checkoutSession(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'cs_test_a1B2c3D4e5F6',
    object: 'checkout.session',
    mode: 'payment',
    status: 'complete',
    payment_status: 'paid',
    amount_subtotal: 12_490,
    amount_total: 9_990,
    currency: 'eur',
    created: 1_793_613_600,
    client_reference_id: null,
    customer: 'cus_Rfriend001',
    customer_email: null,
    customer_details: { email: 'friend@example.com', name: 'Fran Friend' },
    discounts: [],
    invoice: null,
    metadata: {},
    payment_intent: 'pi_3Qfriend001',
    livemode: false,
    ...overrides,
  };
}

/** A paid `invoice` (the first of a subscription). */
export function paidInvoice(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'in_1Qfriend001',
    object: 'invoice',
    status: 'paid',
    billing_reason: 'subscription_create',
    amount_due: 1_500,
    amount_paid: 1_500,
    currency: 'eur',
    created: 1_793_613_600,
    customer: 'cus_Rfriend001',
    customer_email: 'friend@example.com',
    discounts: [],
    metadata: {},
    status_transitions: { paid_at: 1_793_613_660, finalized_at: 1_793_613_600 },
    ...overrides,
  };
}

/**
 * A refunded `charge`, with its refund list as older API versions include it (`refunds: null`
 * leaves it out, as versions from 2022-11-15 do). The refunds name the charge's id and
 * payment intent.
 */
export function refundedCharge(
  refunds: { id: string; amount: number; status?: string }[] | null,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  const refunded = (refunds ?? []).reduce((sum, refund) => sum + refund.amount, 0);
  const charge: Record<string, unknown> = {
    id: 'ch_3Qfriend001',
    object: 'charge',
    amount: 9_990,
    amount_captured: 9_990,
    amount_refunded: refunded,
    refunded: refunded >= 9_990,
    currency: 'eur',
    created: 1_793_613_600,
    payment_intent: 'pi_3Qfriend001',
    ...overrides,
  };
  if (refunds === null) return charge;
  const owner = { charge: charge.id as string, payment_intent: charge.payment_intent as string };
  return {
    ...charge,
    refunds: {
      object: 'list',
      has_more: false,
      url: `/v1/charges/${owner.charge}/refunds`,
      data: refunds.map((refund) => stripeRefund(refund, owner)),
    },
  };
}

/** A `refund` object. */
export function stripeRefund(
  refund: { id: string; amount: number; status?: string },
  owner = { charge: 'ch_3Qfriend001', payment_intent: 'pi_3Qfriend001' },
): Record<string, unknown> {
  return {
    id: refund.id,
    object: 'refund',
    amount: refund.amount,
    currency: 'eur',
    status: refund.status ?? 'succeeded',
    created: 1_793_872_800,
    charge: owner.charge,
    payment_intent: owner.payment_intent,
    reason: 'requested_by_customer',
  };
}
