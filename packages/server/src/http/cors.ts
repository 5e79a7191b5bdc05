import { ADVOCATE_HEADER, SITE_KEY_HEADER } from '@grapevine/adapter/contract';
import type { MiddlewareHandler } from 'hono';
import { HttpError } from '../errors.js';
import type { SiteRegistry } from '../site.js';
import type { AppEnv } from './env.js';
import { isServerRoute } from './server-auth.js';
import { requestSiteKey } from './site-key.js';

const ALLOWED_HEADERS = ['Content-Type', SITE_KEY_HEADER, ADVOCATE_HEADER].join(', ');

/**
 * CORS with an allow-list per site key. A preflight cannot carry the site key header, so it
 * is answered for origins that some site allows (or the `?siteKey=` site, when present); the
 * real request is then checked against its own site's list and refused with 403 otherwise.
 * Requests without `Origin` (shop servers, curl) are not browser requests and pass.
 * Server-only routes ({@link isServerRoute}) get no CORS headers at all.
 */
export function corsMiddleware(sites: SiteRegistry): MiddlewareHandler<AppEnv> {
  const anyOrigin = new Set([...sites.values()].flatMap((site) => site.origins));
  return async (c, next) => {
    // Server-to-server endpoints are never exposed to browsers (serverAuth refuses `Origin`).
    if (isServerRoute(c.req.path)) {
      return c.req.method === 'OPTIONS' ? c.body(null, 403) : next();
    }
    const origin = c.req.header('Origin');
    c.header('Vary', 'Origin', { append: true });
    if (c.req.method === 'OPTIONS') {
      const key = requestSiteKey(undefined, c.req.url);
      const allowed = key
        ? sites.get(key)?.origins.includes(origin ?? '')
        : anyOrigin.has(origin ?? '');
      if (!origin || !allowed) return c.body(null, 403);
      c.header('Access-Control-Allow-Origin', origin);
      c.header('Access-Control-Allow-Methods', 'GET, POST');
      c.header('Access-Control-Allow-Headers', ALLOWED_HEADERS);
      c.header('Access-Control-Max-Age', '600');
      return c.body(null, 204);
    }
    if (origin !== undefined) {
      const key = requestSiteKey(c.req.header(SITE_KEY_HEADER), c.req.url);
      const site = key === undefined ? undefined : sites.get(key);
      // Unknown sites fall through to the site-key check, which answers 401.
      if (site && !site.origins.includes(origin)) {
        throw new HttpError(403, 'origin-not-allowed', 'This origin may not use this site key.');
      }
      if (site) {
        c.header('Access-Control-Allow-Origin', origin);
        c.header('Access-Control-Expose-Headers', 'Retry-After');
      }
    }
    return next();
  };
}
