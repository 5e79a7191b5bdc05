import type { RateDecision, RateLimiter } from './rate-limiter.js';

/** Options of {@link memoryRateLimiter}. */
export interface MemoryRateLimiterOptions {
  limit: number;
  windowMs: number;
  clock: { now(): number };
}

interface Window {
  hits: number;
  expiresAt: number;
}

/**
 * The same fixed windows as {@link rateLimiter}, counted in this process's memory. Exact only
 * where one process is the only writer: a PGlite data directory, which its lock keeps to one
 * server process. It saves the database statement per request that a single-threaded PGlite
 * would otherwise run before every request's own work. Ended windows are dropped whenever
 * the map has doubled since the last sweep, so memory follows the clients of one window.
 * @example const perIp = memoryRateLimiter({ limit: 600, windowMs: 60_000, clock });
 */
export function memoryRateLimiter(options: MemoryRateLimiterOptions): RateLimiter {
  const { limit, windowMs, clock } = options;
  const windows = new Map<string, Window>();
  let sweepAt = 1024;
  function sweep(now: number): void {
    for (const [key, window] of windows) if (window.expiresAt <= now) windows.delete(key);
    sweepAt = Math.max(1024, windows.size * 2);
  }
  function hit(key: string): RateDecision {
    const now = clock.now();
    let window = windows.get(key);
    if (!window || window.expiresAt <= now) {
      if (windows.size >= sweepAt) sweep(now);
      window = { hits: 0, expiresAt: now + windowMs };
      windows.set(key, window);
    }
    window.hits += 1;
    if (window.hits <= limit) return { allowed: true };
    return {
      allowed: false,
      retryAfterSeconds: Math.max(1, Math.ceil((window.expiresAt - now) / 1000)),
    };
  }
  return { hit: async (key) => hit(key) };
}
