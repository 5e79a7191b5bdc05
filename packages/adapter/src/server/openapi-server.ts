import type * as z from '../contract/zod.js';
import * as coupons from './coupons-contract.js';
import * as orders from './orders-contract.js';

/** Component schemas of the server-to-server API: name, schema, description. */
export const serverComponents: [string, z.ZodMiniType, string][] = [
  ['DecimalAmount', orders.decimalAmountSchema, 'Major units as a decimal string: "129.90".'],
  ['OrderRequest', orders.orderRequestSchema, 'Body of POST /v1/orders.'],
  ['RefundRequest', orders.refundRequestSchema, 'Body of POST /v1/orders/{orderId}/refunds.'],
  ['CancelRequest', orders.cancelRequestSchema, 'Body of POST /v1/orders/{orderId}/cancel.'],
  [
    'DeliveredRequest',
    orders.deliveredRequestSchema,
    'Body of POST /v1/orders/{orderId}/delivered.',
  ],
  ['RewardSummary', orders.rewardSummarySchema, "The order's advocate reward."],
  ['OrderResult', orders.orderResultSchema, 'The answer to every orders API call.'],
  ['CouponCheck', coupons.couponCheckSchema, "What a friend's coupon is worth at the checkout."],
  ['RedeemRequest', coupons.redeemRequestSchema, 'Body of POST /v1/coupons/{code}/redeem.'],
];

/** One server-to-server operation. */
export interface ServerOperation {
  method: 'get' | 'post';
  /** OpenAPI path with `{param}`s. */
  path: string;
  operationId: string;
  summary: string;
  /** Path parameters: name and description. */
  params: [string, string][];
  body?: string;
  /** The body may be left out. */
  optionalBody?: boolean;
  response: string;
  errors: Record<string, string>;
}

const signed = {
  '400': 'A malformed orderId or field.',
  '401': 'Missing, forged or expired Grapevine-Signature, or the site has no apiSecret.',
  '403': 'Called from a browser (the request has an Origin header).',
};
const couponSigned = { ...signed, '400': 'A malformed code or orderId.' };
const orderId: [string, string] = ['orderId', 'The order id or any of its aliases.'];
const couponCode: [string, string] = ['code', "The friend's coupon code."];

/** The orders and coupons APIs; other server-to-server endpoints add themselves here. */
export const serverOperations: ServerOperation[] = [
  {
    method: 'post',
    path: '/v1/orders',
    operationId: 'order',
    summary: 'The shop confirms an order was placed and paid (idempotent by orderId).',
    params: [],
    body: 'OrderRequest',
    response: 'OrderResult',
    errors: signed,
  },
  {
    method: 'post',
    path: '/v1/orders/{orderId}/refunds',
    operationId: 'refund',
    summary: 'Money was given back on an order (idempotent by refundId).',
    params: [orderId],
    body: 'RefundRequest',
    response: 'OrderResult',
    errors: signed,
  },
  {
    method: 'post',
    path: '/v1/orders/{orderId}/cancel',
    operationId: 'cancel',
    summary: 'The order was cancelled; it counts as fully refunded (idempotent).',
    params: [orderId],
    body: 'CancelRequest',
    optionalBody: true,
    response: 'OrderResult',
    errors: signed,
  },
  {
    method: 'post',
    path: '/v1/orders/{orderId}/delivered',
    operationId: 'delivered',
    summary:
      'The order reached the customer; NPS by email counts from it (idempotent: the first report counts).',
    params: [orderId],
    body: 'DeliveredRequest',
    optionalBody: true,
    response: 'OrderResult',
    errors: signed,
  },
  {
    method: 'get',
    path: '/v1/coupons/{code}',
    operationId: 'checkCoupon',
    summary: "A friend's coupon at the checkout: valid, expired, redeemed or unknown.",
    params: [couponCode],
    response: 'CouponCheck',
    errors: couponSigned,
  },
  {
    method: 'post',
    path: '/v1/coupons/{code}/redeem',
    operationId: 'redeemCoupon',
    summary: 'Redeems a coupon for an order, once (the same order again answers the same).',
    params: [couponCode],
    body: 'RedeemRequest',
    response: 'CouponCheck',
    errors: {
      ...couponSigned,
      '404': 'No friend coupon has this code.',
      '409': 'The coupon has expired or was redeemed by another order.',
    },
  },
];

/** The security scheme of these operations. */
export const serverSignatureScheme = {
  type: 'apiKey',
  in: 'header',
  name: 'Grapevine-Signature',
  description:
    't=<unix seconds>,v1=<hex HMAC-SHA256(apiSecret, "<t>.<METHOD> <path>\\n<raw body>")>; at most 5 minutes off the server clock. Server to server only: never from a browser. signServerRequest() in @grapevine/adapter/server computes it.',
};
