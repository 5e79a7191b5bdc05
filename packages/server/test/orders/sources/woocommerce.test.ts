import { describe, expect, it } from 'vitest';
import { wooCommerceSource } from '../../../src/orders/sources/woocommerce.js';
import { wooOrder, wooSignature } from '../../fakes/woocommerce-webhooks.js';
import { answer, bytes } from './helpers.js';

const config = { webhookSecret: 'wc-secret-0123456789abcdef' };

function receive(order: Record<string, unknown>, topic = 'order.updated', delivery = 'a1b2c3') {
  const body = bytes(JSON.stringify(order));
  return answer(() =>
    wooCommerceSource.receive(
      {
        headers: new Headers({
          'x-wc-webhook-signature': wooSignature(config.webhookSecret, body),
          'x-wc-webhook-topic': topic,
          'x-wc-webhook-id': '7',
          'x-wc-webhook-delivery-id': delivery,
        }),
        body,
        now: 0,
      },
      config,
    ),
  );
}
const kinds = (order: Record<string, unknown>) => {
  const result = receive(order);
  return 'facts' in result ? result.facts.map((fact) => fact.kind) : [];
};

describe('WooCommerce order state → facts', () => {
  it('a paid order: total in minor units, coupons, email, customer, meta hints, number and key as aliases', () => {
    const result = receive(
      wooOrder({
        number: 'WC-727',
        coupon_lines: [{ id: 1, code: 'friend-7kq2', discount: '25.00' }],
        meta_data: [
          { id: 1, key: '_grapevine_visitor_id', value: 'v_01HXYZ' },
          { id: 2, key: '_grapevine_referral_code', value: ['not', 'text'] },
        ],
      }),
      'order.created',
    );
    expect(result).toMatchObject({
      kind: 'facts',
      topic: 'order.created',
      facts: [
        {
          kind: 'order',
          source: 'woocommerce',
          orderId: '727',
          aliases: ['WC-727', 'wc_order_58d2d042d1d'],
          total: { minor: 9990, currency: 'EUR' },
          discountCodes: ['friend-7kq2'],
          createdAt: Date.parse('2026-11-02T10:00:00Z'),
          customerId: '31',
          email: 'friend@example.com',
          visitorId: 'v_01HXYZ',
        },
      ],
    });
    expect(JSON.stringify(result)).not.toContain('referralCode');
  });

  it.each([
    ['pending', []],
    ['on-hold', []],
    ['processing', ['order']],
    ['completed', ['order', 'delivery']],
    ['cancelled', ['cancellation']],
    ['refunded', ['cancellation']],
    ['failed', []],
  ])('status %s of a paid order → %j', (status, expected) => {
    expect(kinds(wooOrder({ status }))).toEqual(expected);
  });

  it.each(['cancelled', 'refunded', 'failed'])(
    'status %s of an order never paid says nothing (it may still be paid later)',
    (status) => {
      expect(kinds(wooOrder({ status, date_paid_gmt: null }))).toEqual([]);
    },
  );

  it('refunds (negative totals) become refunds by id, with the order when it is still paid', () => {
    const result = receive(
      wooOrder({
        status: 'completed',
        date_modified_gmt: '2026-11-05T09:00:00',
        refunds: [
          { id: 731, reason: 'damaged', total: '-10.00' },
          { id: 732, reason: '', total: '-5.50' },
        ],
      }),
    );
    expect(result).toMatchObject({
      facts: [
        { kind: 'order', total: { minor: 9990 } },
        {
          kind: 'refund',
          orderId: '727',
          refundId: '731',
          amount: { minor: 1000, currency: 'EUR' },
          createdAt: Date.parse('2026-11-05T09:00:00Z'),
        },
        {
          kind: 'refund',
          orderId: '727',
          refundId: '732',
          amount: { minor: 550, currency: 'EUR' },
        },
        // `completed` without its own time: delivered when the order last changed.
        { kind: 'delivery', orderId: '727', deliveredAt: Date.parse('2026-11-05T09:00:00Z') },
      ],
    });
  });

  it('completed counts as delivered at date_completed_gmt (core WooCommerce has no delivery state)', () => {
    const result = receive(
      wooOrder({
        status: 'completed',
        date_completed_gmt: '2026-11-04T08:30:00',
        date_modified_gmt: '2026-11-04T08:30:01',
      }),
    );
    expect(result).toMatchObject({
      facts: [
        { kind: 'order', orderId: '727' },
        {
          kind: 'delivery',
          source: 'woocommerce',
          orderId: '727',
          deliveredAt: Date.parse('2026-11-04T08:30:00Z'),
        },
      ],
    });
  });

  it.each([
    ['grapevine_locale', 'da-DK', 'da-DK'],
    ['wpml_language', 'nb', 'nb'],
    ['pll_language', 'fi', 'fi'],
    ['_grapevine_locale', 'not a tag!', undefined],
  ])('the customer language from meta %s=%s → %s', (key, value, locale) => {
    const result = receive(wooOrder({ meta_data: [{ id: 9, key, value }] }));
    const [order] = (result as { facts: { locale?: string }[] }).facts;
    expect(order?.locale).toBe(locale);
  });

  it('the same state delivered again maps to the same facts; the delivery id includes the body digest', () => {
    const order = wooOrder({ refunds: [{ id: 731, total: '-10.00' }] });
    const first = receive(order);
    const again = receive(order);
    const changed = receive({ ...order, status: 'completed' });
    expect(again).toEqual(first);
    // WooCommerce reuses a delivery id within one second: another body is another delivery.
    expect((changed as { deliveryId: string }).deliveryId).not.toBe(
      (first as { deliveryId: string }).deliveryId,
    );
  });

  it.each([
    ['a total that is not a decimal', { total: 'free' }, 'order.total'],
    [
      'a refund total that is not a decimal',
      { refunds: [{ id: 1, total: '-ten' }] },
      'order.refunds[0].total',
    ],
    ['a local date without the GMT one', { date_created_gmt: null }, 'order.date_created_gmt'],
    ['a currency that is not a code', { currency: '€' }, 'order.total currency'],
  ])('400 naming the field: %s', (_name, overrides, field) => {
    expect(receive(wooOrder(overrides))).toMatchObject({
      status: 400,
      message: expect.stringContaining(field),
    });
  });

  it('other topics are acknowledged and ignored', () => {
    expect(receive(wooOrder(), 'product.updated')).toEqual({
      kind: 'ignored',
      reason: 'topic product.updated is not an order fact',
    });
  });

  it('the unsigned ping sent when a webhook is saved is answered without storing anything', () => {
    const ping = () =>
      wooCommerceSource.receive(
        { headers: new Headers(), body: bytes('webhook_id=7'), now: 0 },
        config,
      );
    expect(ping()).toEqual({ kind: 'ignored', reason: 'ping' });
  });
});
