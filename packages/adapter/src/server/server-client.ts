import { SITE_KEY_HEADER } from '../contract/headers.js';
import { checkContract } from '../contract/parse.js';
import type * as z from '../contract/zod.js';
import { TransportError } from '../errors/transport-error.js';
import { type CouponCheck, couponCheckSchema } from './coupons-contract.js';
import {
  type CancelRequest,
  type DeliveredRequest,
  type OrderRequest,
  type OrderResult,
  orderResultSchema,
  type RefundRequest,
} from './orders-contract.js';
import { signServerRequest } from './sign-server-request.js';

/** Options of {@link grapevineServerClient}. */
export interface ServerClientOptions {
  /** The Grapevine server's base URL, e.g. `https://grapevine.example` (no `/v1`). */
  endpoint: string;
  /** The site key (public; identifies the site). */
  siteKey: string;
  /** The site's `apiSecret` (private; signs every call). */
  apiSecret: string;
  /** @default globalThis.fetch */
  fetch?: typeof fetch;
  /** The signing clock, ms since the epoch (tests, clock-skewed hosts). @default Date.now */
  now?: () => number;
}

/** A signed client of the server-to-server API, for the shop's own server. */
export interface ServerClient {
  /** `POST /v1/orders`: the order was placed and paid. Safe to repeat (idempotent by orderId). */
  order(order: OrderRequest): Promise<OrderResult>;
  /** `POST /v1/orders/{orderId}/refunds`: money was given back. Idempotent by refundId. */
  refund(orderId: string, refund: RefundRequest): Promise<OrderResult>;
  /** `POST /v1/orders/{orderId}/cancel`: the order was cancelled. Idempotent. */
  cancel(orderId: string, cancel?: CancelRequest): Promise<OrderResult>;
  /**
   * `POST /v1/orders/{orderId}/delivered`: the order reached the customer (NPS by email is
   * due `after` it). Idempotent: the first report counts. Before the order, it waits for it.
   */
  delivered(orderId: string, delivered?: DeliveredRequest): Promise<OrderResult>;
  /** `GET /v1/coupons/{code}`: is a friend's code valid, expired, redeemed or unknown? */
  checkCoupon(code: string): Promise<CouponCheck>;
  /**
   * `POST /v1/coupons/{code}/redeem`: the order used the code. Once per code; the same order
   * again answers the same, another order gets a `TransportError` with status 409.
   */
  redeemCoupon(code: string, orderId: string): Promise<CouponCheck>;
  /**
   * Any signed call, validated against `schema` (for endpoints this client has no method
   * for yet). `body` is sent as JSON; `undefined` sends none.
   */
  request<S extends z.ZodMiniType>(
    method: 'GET' | 'POST',
    path: string,
    body: unknown,
    schema: S,
  ): Promise<z.output<S>>;
}

/**
 * A small client for the shop's server: signs each call with the site's `apiSecret`
 * ({@link signServerRequest}), sends it, and checks the answer against the contract. It does
 * not retry: every call is idempotent, so retry on a `TransportError` as your job queue does.
 * @throws TransportError for network failures and non-2xx answers (`status`, `code`),
 *   ContractError when the answer is not what the contract says.
 *
 * @example
 * ```ts
 * const grapevine = grapevineServerClient({
 *   endpoint: 'https://grapevine.example',
 *   siteKey: 'my-shop',
 *   apiSecret: process.env.GRAPEVINE_API_SECRET,
 * });
 * await grapevine.order({ orderId: '1001', total: '129.90', currency: 'EUR', email, discountCodes });
 * await grapevine.refund('1001', { refundId: 'r1', amount: '29.90', currency: 'EUR' });
 * await grapevine.delivered('1001', { deliveredAt: '2026-11-04T15:20:00Z' });
 * const { status } = await grapevine.checkCoupon('GV-7KQ2-MXR9-PD4T'); // 'valid'
 * ```
 */
export function grapevineServerClient(options: ServerClientOptions): ServerClient {
  const base = options.endpoint.replace(/\/+$/, '');
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const request = async <S extends z.ZodMiniType>(
    method: 'GET' | 'POST',
    path: string,
    body: unknown,
    schema: S,
  ): Promise<z.output<S>> => {
    const endpoint = `${method} ${path}`;
    const text = body === undefined ? '' : JSON.stringify(body);
    const signature = await signServerRequest(options.apiSecret, {
      method,
      path,
      body: text,
      timestamp: Math.floor((options.now?.() ?? Date.now()) / 1000),
    });
    let response: Response;
    try {
      response = await fetchImpl(`${base}${path}`, {
        method,
        headers: {
          ...signature,
          [SITE_KEY_HEADER]: options.siteKey,
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: text }),
      });
    } catch (cause) {
      throw new TransportError(`${endpoint}: network failure`, {
        kind: 'network',
        endpoint,
        cause,
      });
    }
    const json: unknown = await response.json().catch(() => undefined);
    if (!response.ok) {
      const error = (json as { error?: { code?: unknown; message?: unknown } } | undefined)?.error;
      const code = typeof error?.code === 'string' ? error.code : undefined;
      const message = typeof error?.message === 'string' ? ` (${error.message})` : '';
      throw new TransportError(
        `${endpoint}: HTTP ${response.status}${code ? ` ${code}` : ''}${message}`,
        { kind: 'http', endpoint, status: response.status, code },
      );
    }
    const checked = checkContract(schema, json, `${endpoint} response`);
    if (!checked.ok) throw checked.error;
    return checked.value;
  };
  const orderPath = (orderId: string) => `/v1/orders/${encodeURIComponent(orderId)}`;
  const couponPath = (code: string) => `/v1/coupons/${encodeURIComponent(code)}`;
  return {
    order: (order) => request('POST', '/v1/orders', order, orderResultSchema),
    refund: (orderId, refund) =>
      request('POST', `${orderPath(orderId)}/refunds`, refund, orderResultSchema),
    cancel: (orderId, cancel = {}) =>
      request('POST', `${orderPath(orderId)}/cancel`, cancel, orderResultSchema),
    delivered: (orderId, delivered = {}) =>
      request('POST', `${orderPath(orderId)}/delivered`, delivered, orderResultSchema),
    checkCoupon: (code) => request('GET', couponPath(code), undefined, couponCheckSchema),
    redeemCoupon: (code, orderId) =>
      request('POST', `${couponPath(code)}/redeem`, { orderId }, couponCheckSchema),
    request,
  };
}
