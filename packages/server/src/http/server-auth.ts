import { createHmac, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { HttpError } from '../errors.js';
import type { AppEnv } from './env.js';

/** The header of a server-to-server call: `t=<unix seconds>,v1=<hex HMAC-SHA256>`. */
export const SERVER_SIGNATURE_HEADER = 'Grapevine-Signature';

/** How far a signed call's timestamp may be from the server's clock. @default 300 s */
export const SERVER_SIGNATURE_TOLERANCE_SECONDS = 300;

/**
 * Paths only a shop's server may call (signed with the site's `apiSecret`): no CORS, and a
 * browser request (one with `Origin`) is refused outright.
 */
export const SERVER_ROUTE_PREFIXES: readonly string[] = ['/v1/orders', '/v1/coupons'];

/** Whether a path is one of {@link SERVER_ROUTE_PREFIXES}. */
export function isServerRoute(path: string): boolean {
  return SERVER_ROUTE_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
}

/**
 * The signed text: `${seconds}.${METHOD} ${path}\n${rawBody}`. The method and the path (with
 * its query) are signed so that a signed refund cannot be replayed as a cancel or against
 * another order.
 */
export function serverSigningText(
  seconds: number,
  method: string,
  path: string,
  body: string,
): string {
  return `${seconds}.${method.toUpperCase()} ${path}\n${body}`;
}

/** Hex HMAC-SHA256 of a call, as `v1=` carries it. */
export function serverSignature(
  secret: string,
  seconds: number,
  method: string,
  path: string,
  body: string,
): string {
  return createHmac('sha256', secret)
    .update(serverSigningText(seconds, method, path, body))
    .digest('hex');
}

/** Why a call's signature was refused. */
export type ServerSignatureProblem = 'missing' | 'malformed' | 'expired' | 'invalid';

/**
 * Checks a `Grapevine-Signature` header in constant time, then its age. Several `v1=` values
 * are allowed (the shop may sign with an old and a new secret while rotating).
 */
export function checkServerSignature(
  secret: string,
  header: string | undefined,
  request: { method: string; path: string; body: string },
  nowMs: number,
  toleranceSeconds = SERVER_SIGNATURE_TOLERANCE_SECONDS,
): ServerSignatureProblem | null {
  if (!header) return 'missing';
  let seconds: number | undefined;
  const macs: Buffer[] = [];
  for (const part of header.split(',')) {
    const [key, value = ''] = part.trim().split('=', 2);
    if (key === 't' && /^\d{1,12}$/.test(value)) seconds = Number(value);
    else if (key === 'v1' && /^[0-9a-f]{64}$/.test(value)) macs.push(Buffer.from(value, 'hex'));
  }
  if (seconds === undefined || macs.length === 0) return 'malformed';
  const expected = Buffer.from(
    serverSignature(secret, seconds, request.method, request.path, request.body),
    'hex',
  );
  let genuine = false;
  for (const mac of macs) genuine = timingSafeEqual(expected, mac) || genuine;
  if (!genuine) return 'invalid';
  if (Math.abs(nowMs / 1000 - seconds) > toleranceSeconds) return 'expired';
  return null;
}

const MESSAGES: Record<ServerSignatureProblem, string> = {
  missing: `Missing ${SERVER_SIGNATURE_HEADER} header (t=<unix seconds>,v1=<hex HMAC-SHA256>).`,
  malformed: `${SERVER_SIGNATURE_HEADER}: expected t=<unix seconds>,v1=<64 hex digits>.`,
  expired: `${SERVER_SIGNATURE_HEADER}: the timestamp is more than 5 minutes from the server's clock.`,
  invalid: `${SERVER_SIGNATURE_HEADER}: the signature does not match this site's apiSecret, method, path and body.`,
};

/**
 * Lets only the shop's server through: the site (already resolved from its site key) must
 * have an `apiSecret`, the request must carry no `Origin` (browsers always send one on a
 * POST), and `Grapevine-Signature` must sign this method, path and raw body within 5 minutes.
 * The raw body stays readable by the handler (Hono caches it).
 * @throws HttpError 401 `invalid-signature` / `server-auth-disabled`, 403 `browser-not-allowed`.
 * @example router.use('*', serverAuth(() => ctx.clock.now()))
 */
export function serverAuth(now: () => number): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.req.header('Origin') !== undefined) {
      throw new HttpError(
        403,
        'browser-not-allowed',
        "This endpoint is for the shop's server only; never call it from a browser.",
      );
    }
    const secret = c.var.site.apiSecret;
    if (!secret) {
      throw new HttpError(
        401,
        'server-auth-disabled',
        'This site has no apiSecret configured, so server-to-server calls are refused.',
      );
    }
    const url = new URL(c.req.url);
    const body = c.req.method === 'GET' || c.req.method === 'HEAD' ? '' : await c.req.text();
    const problem = checkServerSignature(
      secret,
      c.req.header(SERVER_SIGNATURE_HEADER),
      { method: c.req.method, path: url.pathname + url.search, body },
      now(),
    );
    if (problem) throw new HttpError(401, 'invalid-signature', MESSAGES[problem]);
    await next();
  };
}
