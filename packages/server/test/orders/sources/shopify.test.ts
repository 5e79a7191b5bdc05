import { describe, expect, it } from 'vitest';
import { shopifySource } from '../../../src/orders/sources/shopify.js';
import { platformJson } from '../../fakes/json-with-bigints.js';
import {
  shopifyCancelledOrder,
  shopifyFulfillment,
  shopifyFulfillmentEvent,
  shopifyHmac,
  shopifyOrder,
  shopifyRefund,
} from '../../fakes/shopify-webhooks.js';
import { answer, bytes } from './helpers.js';

const config = {
  shopDomain: 'grapevine-test.myshopify.com',
  webhookSecret: 'shopify-secret-0123456789',
};

function receive(topic: string, payload: unknown, headers: Record<string, string> = {}) {
  const body = bytes(typeof payload === 'string' ? payload : platformJson(payload));
  return answer(() =>
    shopifySource.receive(
      {
        headers: new Headers({
          'x-shopify-hmac-sha256': shopifyHmac(config.webhookSecret, body),
          'x-shopify-shop-domain': config.shopDomain,
          'x-shopify-topic': topic,
          'x-shopify-webhook-id': 'b54557e4-bdd9-4b37-8a5f-bf7d70bcd043',
          ...headers,
        }),
        body,
        now: 0,
      },
      config,
    ),
  );
}

describe('Shopify orders/paid', () => {
  it('maps the order: 64-bit ids exactly, the presentment total in minor units, codes, customer', () => {
    const result = receive(
      'orders/paid',
      shopifyOrder({
        discount_codes: [{ code: 'FRIEND-7KQ2', amount: '25.00', type: 'percentage' }],
        note_attributes: [
          { name: '_grapevine_visitor_id', value: 'v_01HXYZ' },
          { name: 'grapevine_referral_code', value: 'ANNA-4F2K' },
          { name: 'gift_note', value: 'hi' },
        ],
      }),
    );
    expect(result).toEqual({
      kind: 'facts',
      deliveryId: 'b54557e4-bdd9-4b37-8a5f-bf7d70bcd043',
      topic: 'orders/paid',
      facts: [
        {
          kind: 'order',
          source: 'shopify',
          orderId: '820982911946154508',
          aliases: [
            'gid://shopify/Order/820982911946154508',
            '#1001',
            'a3b1c2d4e5f60718293a4b5c6d7e8f90',
          ],
          total: { minor: 9990, currency: 'EUR' },
          discountCodes: ['FRIEND-7KQ2'],
          createdAt: Date.parse('2026-11-02T10:00:00Z'),
          customerId: '115310627314723954',
          email: 'friend@example.com',
          visitorId: 'v_01HXYZ',
          referralCode: 'ANNA-4F2K',
          locale: 'en',
        },
      ],
    });
  });

  it.each([
    ['da-DK', [], 'da-DK'],
    ['fr-Fr', [], 'fr-Fr'],
    [null, [{ name: '_grapevine_locale', value: 'nb' }], 'nb'],
    ['<script>', [], undefined],
  ])('customer_locale %s (cart attributes %j) → locale %s', (customerLocale, notes, locale) => {
    const result = receive(
      'orders/paid',
      shopifyOrder({ customer_locale: customerLocale, note_attributes: notes }),
    );
    const [order] = (result as { facts: { locale?: string }[] }).facts;
    expect(order?.locale).toBe(locale);
  });

  it.each([
    [
      'JPY has no decimals',
      { total_price: '1500', currency: 'JPY' },
      { minor: 1500, currency: 'JPY' },
    ],
    [
      'KWD has three',
      { total_price: '12.345', currency: 'KWD' },
      { minor: 12345, currency: 'KWD' },
    ],
    [
      'the currency the customer paid in',
      {
        total_price_set: {
          shop_money: { amount: '99.90', currency_code: 'EUR' },
          presentment_money: { amount: '108.50', currency_code: 'USD' },
        },
      },
      { minor: 10850, currency: 'USD' },
    ],
  ])('totals: %s', (_name, overrides, total) => {
    const result = receive('orders/paid', shopifyOrder(overrides));
    expect(result).toMatchObject({ facts: [{ total }] });
  });

  it.each([
    ['a visitor id with spaces', 'grapevine_visitor_id', 'v 1'],
    ['a visitor id longer than the contract allows', 'grapevine_visitor_id', 'v'.repeat(129)],
    ['a referral code with markup', 'grapevine_referral_code', '<b>ANNA</b>'],
  ])(
    'drops a hint that the contract would refuse (the browser writes them): %s',
    (_name, name, value) => {
      const result = receive('orders/paid', shopifyOrder({ note_attributes: [{ name, value }] }));
      expect(result).toMatchObject({ kind: 'facts' });
      expect(JSON.stringify(result)).not.toMatch(/visitorId|referralCode/);
    },
  );

  it.each([
    [
      'a total that is not a decimal',
      { total_price: '99,90', total_price_set: null },
      'order.total_price',
    ],
    [
      'more decimals than the currency has',
      { total_price: '99.905', total_price_set: null },
      'order.total_price',
    ],
    ['no id', { id: undefined }, 'order.id'],
    ['a negative total', { total_price: '-1.00', total_price_set: null }, 'order.total_price'],
    ['a created_at that is not a date', { created_at: 'yesterday' }, 'order.created_at'],
    [
      'a discount code that is not text',
      { discount_codes: [{ code: 42 }] },
      'order.discount_codes[0].code',
    ],
  ])('400 naming the field: %s', (_name, overrides, field) => {
    const result = receive('orders/paid', { ...shopifyOrder(), ...overrides });
    expect(result).toMatchObject({ status: 400 });
    expect((result as { message: string }).message).toContain(field);
  });

  it('400 for a body that is not JSON, and for a missing topic or webhook id', () => {
    expect(receive('orders/paid', '{"id":')).toMatchObject({ status: 400 });
    expect(receive('', shopifyOrder())).toMatchObject({
      status: 400,
      message: expect.stringContaining('X-Shopify-Topic'),
    });
    expect(receive('orders/paid', shopifyOrder(), { 'x-shopify-webhook-id': '' })).toMatchObject({
      status: 400,
    });
  });
});

describe('Shopify refunds/create and orders/cancelled', () => {
  it('a refund is the sum of its successful refund transactions', () => {
    const refund = shopifyRefund(820982911946154508n, ['10.00', '5.50']);
    (refund.transactions as Record<string, unknown>[]).push(
      { kind: 'refund', status: 'failure', amount: '99.00', currency: 'EUR' },
      { kind: 'sale', status: 'success', amount: '99.90', currency: 'EUR' },
    );
    expect(receive('refunds/create', refund)).toEqual({
      kind: 'facts',
      deliveryId: 'b54557e4-bdd9-4b37-8a5f-bf7d70bcd043',
      topic: 'refunds/create',
      facts: [
        {
          kind: 'refund',
          source: 'shopify',
          orderId: '820982911946154508',
          refundId: '509562969',
          amount: { minor: 1550, currency: 'EUR' },
          createdAt: Date.parse('2026-11-05T11:00:00Z'),
        },
      ],
    });
  });

  it('a refund that gave no money back (a restock only) is ignored', () => {
    expect(receive('refunds/create', shopifyRefund(1n, []))).toMatchObject({ kind: 'ignored' });
  });

  it('refund transactions in two currencies are refused', () => {
    const refund = shopifyRefund(1n, ['10.00', '5.00']);
    (refund.transactions as Record<string, unknown>[])[1] = {
      kind: 'refund',
      status: 'success',
      amount: '5.00',
      currency: 'USD',
    };
    expect(receive('refunds/create', refund)).toMatchObject({
      status: 400,
      message: expect.stringContaining('transactions[1]'),
    });
  });

  it('a cancellation names the order', () => {
    expect(receive('orders/cancelled', shopifyCancelledOrder())).toMatchObject({
      facts: [
        {
          kind: 'cancellation',
          source: 'shopify',
          orderId: '820982911946154508',
          createdAt: Date.parse('2026-11-03T08:00:00Z'),
        },
      ],
    });
  });

  it('other topics are acknowledged and ignored, after the signature check', () => {
    expect(receive('fulfillments/create', shopifyFulfillment(1n))).toEqual({
      kind: 'ignored',
      reason: 'topic fulfillments/create is not an order fact',
    });
    expect(receive('orders/create', shopifyOrder())).toEqual({
      kind: 'ignored',
      reason: 'topic orders/create is not an order fact',
    });
  });
});

describe('Shopify fulfillment topics → deliveries', () => {
  const orderId = 820982911946154508n;

  it('fulfillment_events/create with status delivered: delivered when it happened', () => {
    expect(receive('fulfillment_events/create', shopifyFulfillmentEvent(orderId))).toEqual({
      kind: 'facts',
      deliveryId: 'b54557e4-bdd9-4b37-8a5f-bf7d70bcd043',
      topic: 'fulfillment_events/create',
      facts: [
        {
          kind: 'delivery',
          source: 'shopify',
          orderId: '820982911946154508',
          deliveredAt: Date.parse('2026-11-06T13:05:00Z'),
        },
      ],
    });
  });

  it('fulfillments/update with shipment_status delivered: delivered when it changed', () => {
    expect(receive('fulfillments/update', shopifyFulfillment(orderId))).toMatchObject({
      facts: [{ kind: 'delivery', deliveredAt: Date.parse('2026-11-06T13:07:00Z') }],
    });
  });

  it.each([
    ['fulfillment_events/create', shopifyFulfillmentEvent(orderId, { status: 'in_transit' })],
    ['fulfillment_events/create', shopifyFulfillmentEvent(orderId, { status: 'out_for_delivery' })],
    ['fulfillments/update', shopifyFulfillment(orderId, { shipment_status: 'in_transit' })],
    ['fulfillments/update', shopifyFulfillment(orderId, { shipment_status: null })],
  ])('%s before delivery says nothing', (topic, payload) => {
    expect(receive(topic, payload)).toEqual({ kind: 'ignored', reason: 'not delivered yet' });
  });

  it('a forged or malformed delivery is refused, naming the field', () => {
    const body = platformJson(shopifyFulfillmentEvent(orderId));
    expect(
      receive('fulfillment_events/create', body.replace('delivered"', 'delivereD"'), {
        'x-shopify-hmac-sha256': shopifyHmac(config.webhookSecret, body),
      }),
    ).toMatchObject({ status: 401 });
    expect(
      receive(
        'fulfillment_events/create',
        shopifyFulfillmentEvent(orderId, { happened_at: 'soon', created_at: 'later' }),
      ),
    ).toMatchObject({
      status: 400,
      message: expect.stringContaining('fulfillment_event.created_at'),
    });
    expect(
      receive('fulfillments/update', shopifyFulfillment(orderId, { order_id: null })),
    ).toMatchObject({ status: 400, message: expect.stringContaining('fulfillment.order_id') });
  });
});
