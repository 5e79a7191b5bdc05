import { hmacHex } from './sign-advocate.js';

/** The header a signed server-to-server call carries. */
export const SERVER_SIGNATURE_HEADER = 'Grapevine-Signature';

/** What {@link signServerRequest} signs. */
export interface ServerRequestToSign {
  /** `POST`, `GET`… (signed upper-cased). */
  method: string;
  /** The path with its query, as the server receives it: `/v1/orders/1001/refunds`. */
  path: string;
  /** The exact raw body that will be sent; `''` for none. @default '' */
  body?: string;
  /** The signing time in Unix **seconds**. @default the current time */
  timestamp?: number;
}

/**
 * Signs a call from the shop's server to Grapevine's server-to-server API (orders, refunds,
 * cancellations, coupon checks): returns the `Grapevine-Signature` header,
 * `t=<unix seconds>,v1=<hex HMAC-SHA256(apiSecret, `${t}.${METHOD} ${path}\n${body}`)>`.
 * Method and path are signed, so a signed refund cannot be replayed as a cancellation or
 * against another order; the server refuses timestamps more than 5 minutes off. Send the
 * body byte for byte as signed. Never call this in a browser: the secret must stay on the
 * server.
 *
 * @example
 * ```ts
 * import { signServerRequest } from '@grapevine/adapter/server';
 *
 * const body = JSON.stringify({ orderId: '1001', total: '129.90', currency: 'EUR' });
 * const headers = await signServerRequest(process.env.GRAPEVINE_API_SECRET, {
 *   method: 'POST',
 *   path: '/v1/orders',
 *   body,
 * });
 * await fetch('https://grapevine.example/v1/orders', {
 *   method: 'POST',
 *   headers: { ...headers, 'X-Grapevine-Site-Key': 'my-shop', 'Content-Type': 'application/json' },
 *   body,
 * });
 * ```
 */
export async function signServerRequest(
  apiSecret: string,
  request: ServerRequestToSign,
): Promise<{ 'Grapevine-Signature': string }> {
  if (!apiSecret) throw new TypeError('signServerRequest: the apiSecret must not be empty');
  if (!request.path.startsWith('/')) {
    throw new TypeError(`signServerRequest: path must start with "/", got "${request.path}"`);
  }
  const seconds = request.timestamp ?? Math.floor(Date.now() / 1000);
  if (!Number.isSafeInteger(seconds) || seconds < 0) {
    throw new TypeError(`signServerRequest: timestamp must be Unix seconds, got ${seconds}`);
  }
  const text = `${seconds}.${request.method.toUpperCase()} ${request.path}\n${request.body ?? ''}`;
  return { [SERVER_SIGNATURE_HEADER]: `t=${seconds},v1=${await hmacHex(apiSecret, text)}` } as {
    'Grapevine-Signature': string;
  };
}
