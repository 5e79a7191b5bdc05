// The shop backend's calls to Grapevine, server to server: each one signed with the site's
// apiSecret (`Grapevine-Signature`, by `signServerRequest` from @grapevine/adapter/server),
// which lives only here, never in a page. A shop without a demo clock can use that package's
// `grapevineServerClient` as it is; this one signs with the shop's clock (`now`), which the
// demo moves together with the server's.
import { signServerRequest } from '@grapevine/adapter/server';

/** Grapevine answered with an error, or could not be reached. */
export class GrapevineCallError extends Error {
  name = 'GrapevineCallError';
  /** @param {string} message @param {number | undefined} status @param {string | undefined} code */
  constructor(message, status, code) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

/** Cents as the decimal string the orders API takes: 1160 → "11.60". Exact, no floating point. */
export function decimalOf(minor) {
  return `${Math.trunc(minor / 100)}.${String(minor % 100).padStart(2, '0')}`;
}

/**
 * A client for the server-to-server API of one site.
 * @param {{ apiUrl: () => string, siteKey: string, apiSecret: string, now: () => number, fetch?: typeof fetch, timeoutMs?: number }} options
 */
export function grapevineClient({
  apiUrl,
  siteKey,
  apiSecret,
  now,
  fetch: fetchImpl = fetch,
  timeoutMs = 5_000,
}) {
  /** @param {string} method @param {string} path @param {unknown} [body] */
  async function call(method, path, body) {
    const text = body === undefined ? '' : JSON.stringify(body);
    const headers = {
      'x-grapevine-site-key': siteKey,
      ...(await signServerRequest(apiSecret, {
        method,
        path,
        body: text,
        timestamp: Math.floor(now() / 1000),
      })),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    };
    let response;
    try {
      response = await fetchImpl(`${apiUrl()}${path}`, {
        method,
        headers,
        ...(body === undefined ? {} : { body: text }),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      throw new GrapevineCallError(
        `Grapevine is unreachable: ${error instanceof Error ? error.message : error}`,
      );
    }
    const json = await response.json().catch(() => null);
    if (!response.ok) {
      throw new GrapevineCallError(
        json?.error?.message ?? `HTTP ${response.status}`,
        response.status,
        json?.error?.code,
      );
    }
    return json;
  }

  return {
    /** Checks a friend's coupon: `GET /v1/coupons/:code`. */
    checkCoupon: (code) => call('GET', `/v1/coupons/${encodeURIComponent(code)}`),
    /** Confirms a placed order: `POST /v1/orders` (idempotent by order id). */
    confirmOrder: (order) => call('POST', '/v1/orders', order),
    /** Reports a refund: `POST /v1/orders/:id/refunds` (idempotent by refund id). */
    refundOrder: (orderId, refund) =>
      call('POST', `/v1/orders/${encodeURIComponent(orderId)}/refunds`, refund),
    /** Reports the delivery: `POST /v1/orders/:id/delivered` (the first report counts). */
    deliverOrder: (orderId, delivered) =>
      call('POST', `/v1/orders/${encodeURIComponent(orderId)}/delivered`, delivered),
  };
}
