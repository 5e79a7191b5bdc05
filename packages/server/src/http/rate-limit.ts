import type { MiddlewareHandler } from 'hono';
import { HttpError } from '../errors.js';
import type { RateLimiter } from '../security/rate-limiter.js';
import type { AppEnv } from './env.js';

/**
 * Refuses a request with 429 and `Retry-After` once `limiter` is full for `key`.
 * @example app.use('/v1/*', rateLimit(perIp, (c) => c.var.ip));
 */
export function enforceRate(limiter: RateLimiter, key: string, what: string): void {
  const decision = limiter.hit(key);
  if (!decision.allowed) {
    throw new HttpError(429, 'rate-limited', `Too many requests ${what}; try again later.`, {
      'Retry-After': String(decision.retryAfterSeconds),
    });
  }
}

/** Middleware form of {@link enforceRate}, keyed by the client's address. */
export function perIpRateLimit(limiter: RateLimiter): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    enforceRate(limiter, c.var.ip, 'from this address');
    await next();
  };
}
