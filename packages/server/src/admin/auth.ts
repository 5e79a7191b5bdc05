import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { errorResponse } from '../http/errors.js';
import type { AdminEnv } from './env.js';

const digest = (text: string) => createHash('sha256').update(text).digest();

/** The credential a request presents: `Authorization: Bearer <token>` or Basic auth's password. */
export function presentedCredential(
  authorization: string | undefined,
): { scheme: 'basic' | 'bearer'; user: string; token: string } | undefined {
  if (!authorization) return undefined;
  const [scheme, value = ''] = authorization.split(' ', 2);
  if (scheme?.toLowerCase() === 'bearer') return { scheme: 'bearer', user: 'api', token: value };
  if (scheme?.toLowerCase() === 'basic') {
    const decoded = Buffer.from(value, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    return {
      scheme: 'basic',
      user: decoded.slice(0, Math.max(0, colon)) || 'admin',
      token: decoded.slice(colon + 1),
    };
  }
  return undefined;
}

/**
 * Protects the dashboard with the admin token. Browsers get a Basic auth prompt (any user
 * name, the token as password); scripts send `Authorization: Bearer <token>`. Compared in
 * constant time (hashes first, so lengths do not leak either).
 */
export function adminAuth(adminToken: string): MiddlewareHandler<AdminEnv> {
  const expected = digest(adminToken);
  return async (c, next) => {
    const credential = presentedCredential(c.req.header('Authorization'));
    if (credential === undefined || !timingSafeEqual(digest(credential.token), expected)) {
      c.header('WWW-Authenticate', 'Basic realm="Grapevine dashboard", charset="UTF-8"');
      return errorResponse(c, 401, 'unauthorized', 'The admin token is missing or wrong.');
    }
    c.set('adminScheme', credential.scheme);
    c.set('adminUser', credential.user.slice(0, 64));
    c.header('Cache-Control', 'no-store');
    c.header('X-Frame-Options', 'DENY');
    // Nothing leaks to other sites, and the dashboard's own form posts keep a real `Origin`
    // (under `no-referrer` browsers send `Origin: null`, which the CSRF check must refuse).
    c.header('Referrer-Policy', 'same-origin');
    return next();
  };
}
