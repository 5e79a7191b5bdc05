import { createHmac } from 'node:crypto';
import type { Site } from '../site.js';

/**
 * The client address as review evidence may use it: hex HMAC-SHA256 under a key derived from
 * the site's server-side secret, so two requests can be seen to share an address while the
 * address itself is never stored and cannot be recovered by trying every IPv4 address
 * without the secret. `null` when the address is unknown.
 * @example clientIpHash(site, '203.0.113.7') // '5c1f…' (64 hex digits)
 */
export function clientIpHash(site: Pick<Site, 'secret'>, ip: string | undefined): string | null {
  if (!ip || ip === 'unknown') return null;
  return createHmac('sha256', `grapevine client ip\n${site.secret}`).update(ip).digest('hex');
}
