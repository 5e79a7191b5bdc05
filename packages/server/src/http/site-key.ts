import { SITE_KEY_HEADER } from '@grapevine/adapter/contract';
import type { MiddlewareHandler } from 'hono';
import { HttpError } from '../errors.js';
import type { SiteRegistry } from '../site.js';
import type { AppEnv } from './env.js';

/** The site key of a request: the contract's header, or `?siteKey=` (beacons cannot set headers). */
export function requestSiteKey(header: string | undefined, url: string): string | undefined {
  return header ?? new URL(url).searchParams.get('siteKey') ?? undefined;
}

/**
 * Resolves the request's site from its site key.
 * @throws HttpError 401 when the key is missing or unknown.
 */
export function siteKeyMiddleware(sites: SiteRegistry): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const key = requestSiteKey(c.req.header(SITE_KEY_HEADER), c.req.url);
    const site = key === undefined ? undefined : sites.get(key);
    if (!site) {
      throw new HttpError(
        401,
        'unknown-site',
        key === undefined ? `Missing ${SITE_KEY_HEADER} header.` : 'Unknown site key.',
      );
    }
    c.set('site', site);
    await next();
  };
}
