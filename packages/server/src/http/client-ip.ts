import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import { type AddressSet, addressSet, canonicalIp } from '../security/ip-address.js';
import type { AppEnv } from './env.js';

/**
 * Which proxies in front of the server are trusted to write `X-Forwarded-For`: none, the
 * last `hops` of them, or those whose address is in `proxies` (addresses and CIDRs).
 */
export type ProxyTrust =
  | { kind: 'none' }
  | { kind: 'hops'; hops: number }
  | { kind: 'proxies'; proxies: AddressSet };

/**
 * Builds a {@link ProxyTrust} from the app options.
 * @throws TypeError when both are given, or a proxy entry is not an address or CIDR.
 * @example proxyTrust({ trustedProxies: ['10.0.0.0/8'] })
 */
export function proxyTrust(options: {
  trustedProxies?: readonly string[];
  trustedHops?: number;
}): ProxyTrust {
  const { trustedProxies, trustedHops } = options;
  if (trustedProxies && trustedProxies.length > 0) {
    if (trustedHops) throw new TypeError('give trusted proxies or trusted hops, not both');
    return { kind: 'proxies', proxies: addressSet(trustedProxies) };
  }
  if (trustedHops !== undefined && (!Number.isInteger(trustedHops) || trustedHops < 0)) {
    throw new TypeError(`trusted hops: expected a whole number ≥ 0, got ${trustedHops}`);
  }
  return trustedHops ? { kind: 'hops', hops: trustedHops } : { kind: 'none' };
}

/**
 * The client's address behind the trusted proxies: walking `X-Forwarded-For` from the right
 * (from the socket's peer), the first address that is not a trusted proxy. Entries left of
 * it were written by the client and are never read, so a forged header cannot choose the
 * address. A malformed entry stops the walk at the hop that wrote it.
 * @param socket the peer of the TCP connection
 * @param forwardedFor the `X-Forwarded-For` header(s), comma-separated
 * @example resolveClientIp('10.0.0.2', '6.6.6.6, 203.0.113.9', { kind: 'hops', hops: 1 }) // '203.0.113.9'
 */
export function resolveClientIp(
  socket: string,
  forwardedFor: string | undefined,
  trust: ProxyTrust,
): string {
  let current = canonicalIp(socket) ?? socket;
  if (trust.kind === 'none' || !forwardedFor) return current;
  const hops = forwardedFor.split(',');
  for (let step = 0; hops.length > 0; step += 1) {
    const trusted = trust.kind === 'hops' ? step < trust.hops : trust.proxies.has(current);
    if (!trusted) break;
    const previous = canonicalIp(hops.pop() ?? '');
    if (!previous) break;
    current = previous;
  }
  return current;
}

/** Sets `c.var.ip` for the handlers and limiters after it. `unknown` without a socket. */
export function clientIpMiddleware(trust: ProxyTrust): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('ip', clientIp(c, trust));
    await next();
  };
}

function clientIp(c: Context, trust: ProxyTrust): string {
  let socket: string | undefined;
  try {
    socket = getConnInfo(c).remote.address;
  } catch {
    // No Node socket (e.g. `app.request` in tests).
  }
  if (!socket) return 'unknown';
  return resolveClientIp(socket, c.req.header('X-Forwarded-For'), trust);
}
