import type { Clock } from '../clock.js';

/** The outcome of one {@link RateLimiter.hit}. */
export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** A fixed-window counter per key. One instance per server; memory is swept as windows end. */
export interface RateLimiter {
  /** Counts one request for `key`; refuses it when the window already holds `limit`. */
  hit(key: string): RateDecision;
  /** Keys currently tracked (for tests and metrics). */
  readonly size: number;
}

/**
 * Creates a limiter allowing `limit` requests per `windowMs` per key.
 * @example const perIp = rateLimiter({ limit: 600, windowMs: 60_000, clock });
 */
export function rateLimiter(options: {
  limit: number;
  windowMs: number;
  clock: Clock;
}): RateLimiter {
  const { limit, windowMs, clock } = options;
  const windows = new Map<string, { start: number; count: number }>();
  let nextSweep = 0;
  const sweep = (now: number) => {
    if (now < nextSweep) return;
    nextSweep = now + windowMs;
    for (const [key, window] of windows) if (now - window.start >= windowMs) windows.delete(key);
  };
  return {
    hit(key) {
      const now = clock.now();
      sweep(now);
      let window = windows.get(key);
      if (!window || now - window.start >= windowMs) {
        window = { start: now, count: 0 };
        windows.set(key, window);
      }
      if (window.count >= limit) {
        const retryAfterSeconds = Math.max(1, Math.ceil((window.start + windowMs - now) / 1000));
        return { allowed: false, retryAfterSeconds };
      }
      window.count += 1;
      return { allowed: true };
    },
    get size() {
      return windows.size;
    },
  };
}
