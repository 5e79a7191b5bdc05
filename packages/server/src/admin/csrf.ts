import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { errorResponse } from '../http/errors.js';
import type { AdminEnv } from './env.js';
import { formText } from './site-scope.js';

/** The cookie that names the admin's browser session (a random nonce, never a credential). */
export const SESSION_COOKIE = 'gv_admin_session';
/** The form field (or `X-CSRF-Token` header) that carries the session's CSRF token. */
export const CSRF_FIELD = 'csrf';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const NONCE = /^[A-Za-z0-9_-]{43}$/;

/** The request's own origin as the browser sees it (`Host` is what the browser connected to). */
export function ownOrigin(c: Context): string | undefined {
  const host = c.req.header('host');
  return host ? `${new URL(c.req.url).protocol}//${host}` : undefined;
}

/**
 * Why a state-changing browser request did not come from the dashboard itself, or null.
 * `Sec-Fetch-Site` (every current browser) must say same-origin; `Origin`, when present,
 * must be ours. Either header naming another site refuses the request.
 */
export function crossSiteReason(c: Context): string | null {
  const fetchSite = c.req.header('sec-fetch-site');
  if (fetchSite !== undefined && fetchSite !== 'same-origin') {
    return `Sec-Fetch-Site is ${fetchSite}`;
  }
  const origin = c.req.header('origin');
  if (origin !== undefined && origin !== ownOrigin(c)) return `Origin ${origin} is not this site`;
  return null;
}

/**
 * CSRF protection for the dashboard, a signed double-submit token bound to the admin's
 * session: a random session nonce lives in an HttpOnly `SameSite=Strict` cookie; every form
 * carries `HMAC(key, nonce)`, where the key derives from the admin token (so any server
 * process checks it, and changing the token voids every form). A state-changing request
 * must come from our own origin and present the token matching its cookie, compared in
 * constant time. Scripts authenticated with `Authorization: Bearer` are exempt: a browser
 * never attaches that header by itself, so a forged cross-site request cannot carry it.
 */
export function csrfProtection(adminToken: string): MiddlewareHandler<AdminEnv> {
  const key = createHmac('sha256', 'grapevine admin csrf').update(adminToken).digest();
  const tokenFor = (nonce: string) => createHmac('sha256', key).update(nonce).digest('base64url');

  return async (c, next) => {
    const cookie = getCookie(c, SESSION_COOKIE);
    const nonce = cookie && NONCE.test(cookie) ? cookie : undefined;
    if (SAFE_METHODS.has(c.req.method)) {
      const session = nonce ?? randomBytes(32).toString('base64url');
      if (!nonce) {
        setCookie(c, SESSION_COOKIE, session, {
          path: '/admin',
          httpOnly: true,
          sameSite: 'Strict',
          secure: new URL(c.req.url).protocol === 'https:',
        });
      }
      c.set('csrfToken', tokenFor(session));
      return next();
    }
    if (c.var.adminScheme === 'bearer') return next();
    const crossSite = crossSiteReason(c);
    if (crossSite) {
      return errorResponse(c, 403, 'cross-site', `Refused a cross-site request: ${crossSite}.`);
    }
    const presented = c.req.header('x-csrf-token') ?? (await formText(c, CSRF_FIELD));
    if (!nonce || !presented || !sameText(presented, tokenFor(nonce))) {
      return errorResponse(
        c,
        403,
        'csrf',
        'The form has expired or did not come from the dashboard; reload the page and try again.',
      );
    }
    c.set('csrfToken', tokenFor(nonce));
    return next();
  };
}

/** Constant-time equality of two strings (of any lengths). */
function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
