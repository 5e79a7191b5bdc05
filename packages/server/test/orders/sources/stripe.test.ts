import { describe, expect, it } from 'vitest';
import { stripeSource } from '../../../src/orders/sources/stripe.js';
import {
  checkoutSession,
  paidInvoice,
  refundedCharge,
  stripeEvent,
  stripeRefund,
  stripeSignature,
} from '../../fakes/stripe-webhooks.js';
import { answer, bytes } from './helpers.js';

const config = { webhookSecret: 'whsec_grapevine_test_0123456789', toleranceSeconds: 300 };
const NOW = 1_793_613_700_000;

function receive(event: Record<string, unknown>) {
  const body = JSON.stringify(event);
  return answer(() =>
    stripeSource.receive(
      {
        headers: new Headers({
          'stripe-signature': stripeSignature(config.webhookSecret, body, NOW / 1000),
        }),
        body: bytes(body),
        now: NOW,
      },
      config,
    ),
  );
}
const factsOf = (event: Record<string, unknown>) => {
  const result = receive(event);
  return 'facts' in result ? result.facts : result;
};

describe('Stripe Checkout', () => {
  it('maps a paid session: the order id from metadata, session and payment intent as aliases, promotion code ids', () => {
    const event = stripeEvent(
      'checkout.session.completed',
      checkoutSession({
        metadata: { order_id: 'shop-1001', grapevine_visitor_id: 'v_01HXYZ' },
        discounts: [
          { coupon: null, promotion_code: 'promo_1QfriendA' },
          { coupon: 'co_plain', promotion_code: null },
        ],
      }),
    );
    expect(receive(event)).toEqual({
      kind: 'facts',
      deliveryId: event.id,
      topic: 'checkout.session.completed',
      facts: [
        {
          kind: 'order',
          source: 'stripe',
          orderId: 'shop-1001',
          aliases: ['cs_test_a1B2c3D4e5F6', 'pi_3Qfriend001'],
          total: { minor: 9990, currency: 'EUR' },
          discountCodes: [],
          discountRefs: ['promo_1QfriendA'],
          createdAt: 1_793_613_600_000,
          customerId: 'cus_Rfriend001',
          email: 'friend@example.com',
          visitorId: 'v_01HXYZ',
        },
      ],
    });
  });

  it('without metadata the session id is the order id, and client_reference_id carries the visitor id', () => {
    expect(
      factsOf(
        stripeEvent(
          'checkout.session.completed',
          checkoutSession({ client_reference_id: 'v_02ABC' }),
        ),
      ),
    ).toMatchObject([
      { orderId: 'cs_test_a1B2c3D4e5F6', aliases: ['pi_3Qfriend001'], visitorId: 'v_02ABC' },
    ]);
  });

  it('a subscription session is its first invoice: the same order id as invoice.paid', () => {
    const session = checkoutSession({
      mode: 'subscription',
      payment_intent: null,
      invoice: 'in_1Qfriend001',
      amount_total: 1500,
    });
    expect(factsOf(stripeEvent('checkout.session.completed', session))).toMatchObject([
      { orderId: 'in_1Qfriend001', aliases: ['cs_test_a1B2c3D4e5F6'] },
    ]);
    expect(factsOf(stripeEvent('invoice.paid', paidInvoice()))).toMatchObject([
      {
        orderId: 'in_1Qfriend001',
        total: { minor: 1500, currency: 'EUR' },
        createdAt: 1_793_613_660_000,
      },
    ]);
  });

  it.each([
    [
      'unpaid (a delayed method)',
      'checkout.session.completed',
      checkoutSession({ payment_status: 'unpaid' }),
    ],
    [
      'a subscription renewal',
      'invoice.paid',
      paidInvoice({ billing_reason: 'subscription_cycle' }),
    ],
    ['an event Grapevine does not read', 'customer.created', { id: 'cus_1', object: 'customer' }],
  ])('ignored: %s', (_name, type, object) => {
    expect(receive(stripeEvent(type, object))).toMatchObject({ kind: 'ignored' });
  });

  it('the delayed payment that succeeds later is the order', () => {
    const session = checkoutSession({ payment_status: 'paid' });
    expect(factsOf(stripeEvent('checkout.session.async_payment_succeeded', session))).toMatchObject(
      [{ kind: 'order' }],
    );
  });

  it.each([
    ['an amount that is not an integer', { amount_total: 99.9 }, 'data.object.amount_total'],
    ['a negative amount', { amount_total: -1 }, 'data.object.amount_total'],
    ['no currency', { currency: null }, 'data.object.currency'],
    [
      'a NUL character, which PostgreSQL text cannot hold',
      { metadata: { note: 'a\u0000b' } },
      'U+0000',
    ],
  ])('400 naming the field: %s', (_name, overrides, field) => {
    const result = receive(stripeEvent('checkout.session.completed', checkoutSession(overrides)));
    expect(result).toMatchObject({ status: 400, message: expect.stringContaining(field) });
  });
});

describe('Stripe refunds', () => {
  it('charge.refunded: one refund per refund id, never the cumulative amount', () => {
    const charge = refundedCharge([
      { id: 're_1', amount: 1000 },
      { id: 're_2', amount: 500 },
      { id: 're_3', amount: 700, status: 'failed' },
    ]);
    expect(factsOf(stripeEvent('charge.refunded', charge))).toEqual([
      {
        kind: 'refund',
        source: 'stripe',
        orderId: 'pi_3Qfriend001',
        refundId: 're_1',
        amount: { minor: 1000, currency: 'EUR' },
        createdAt: 1_793_872_800_000,
      },
      {
        kind: 'refund',
        source: 'stripe',
        orderId: 'pi_3Qfriend001',
        refundId: 're_2',
        amount: { minor: 500, currency: 'EUR' },
        createdAt: 1_793_872_800_000,
      },
    ]);
  });

  it('charge.refunded without its refund list (newer API versions): a full refund cancels', () => {
    const full = refundedCharge(null, { amount_refunded: 9990, refunded: true });
    expect(factsOf(stripeEvent('charge.refunded', full))).toEqual([
      {
        kind: 'cancellation',
        source: 'stripe',
        orderId: 'pi_3Qfriend001',
        createdAt: 1_793_613_600_000,
      },
    ]);
    const partial = refundedCharge(null, { amount_refunded: 1000, refunded: false });
    expect(receive(stripeEvent('charge.refunded', partial))).toMatchObject({ kind: 'ignored' });
  });

  it('refund.created / refund.updated: the refund itself', () => {
    expect(
      factsOf(
        stripeEvent('refund.created', stripeRefund({ id: 're_9', amount: 250, status: 'pending' })),
      ),
    ).toMatchObject([
      {
        kind: 'refund',
        refundId: 're_9',
        orderId: 'pi_3Qfriend001',
        amount: { minor: 250, currency: 'EUR' },
      },
    ]);
    expect(
      receive(
        stripeEvent(
          'refund.updated',
          stripeRefund({ id: 're_9', amount: 250, status: 'canceled' }),
        ),
      ),
    ).toMatchObject({
      kind: 'ignored',
    });
  });
});
