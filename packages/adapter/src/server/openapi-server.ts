import type * as z from '../contract/zod.js';
import * as orders from './orders-contract.js';

/** Component schemas of the server-to-server API: name, schema, description. */
export const serverComponents: [string, z.ZodMiniType, string][] = [
  ['DecimalAmount', orders.decimalAmountSchema, 'Major units as a decimal string: "129.90".'],
  ['OrderRequest', orders.orderRequestSchema, 'Body of POST /v1/orders.'],
  ['RefundRequest', orders.refundRequestSchema, 'Body of POST /v1/orders/{orderId}/refunds.'],
  ['CancelRequest', orders.cancelRequestSchema, 'Body of POST /v1/orders/{orderId}/cancel.'],
  ['RewardSummary', orders.rewardSummarySchema, "The order's advocate reward."],
  ['OrderResult', orders.orderResultSchema, 'The answer to every orders API call.'],
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
  '401': 'Missing, forged or expired Grapevine-Signature, or the site has no apiSecret.',
  '403': 'Called from a browser (the request has an Origin header).',
};
const orderId: [string, string] = ['orderId', 'The order id or any of its aliases.'];

/** The orders API; other server-to-server endpoints add themselves here. */
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
];

/** The security scheme of these operations. */
export const serverSignatureScheme = {
  type: 'apiKey',
  in: 'header',
  name: 'Grapevine-Signature',
  description:
    't=<unix seconds>,v1=<hex HMAC-SHA256(apiSecret, "<t>.<METHOD> <path>\\n<raw body>")>; at most 5 minutes off the server clock. Server to server only: never from a browser. signServerRequest() in @grapevine/adapter/server computes it.',
};
