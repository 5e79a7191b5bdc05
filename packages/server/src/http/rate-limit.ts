import type { MiddlewareHandler } from 'hono';
import { HttpError } from '../errors.js';
import { rateKeyOfIp } from '../security/ip-address.js';
import type { RateLimiter } from '../security/rate-limiter.js';
import type { AppEnv } from './env.js';

/**
 * Refuses a request with 429 and `Retry-After` once `limiter` is full for `key`.
 * @throws HttpError 429
 * @example await enforceRate(perAdvocate, advocateKey, 'for this advocate');
 */
export async function enforceRate(limiter: RateLimiter, key: string, what: string): Promise<void> {
  const decision = await limiter.hit(key);
  if (!decision.allowed) {
    throw new HttpError(429, 'rate-limited', `Too many requests ${what}; try again later.`, {
      'Retry-After': String(decision.retryAfterSeconds),
    });
  }
}

/** Middleware form of {@link enforceRate}, keyed by the client's address (its /64 for IPv6). */
export function perIpRateLimit(limiter: RateLimiter): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await enforceRate(limiter, rateKeyOfIp(c.var.ip), 'from this address');
    await next();
  };
}
