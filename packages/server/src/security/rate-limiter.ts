import type { Clock } from '../clock.js';
import type { Queryable } from '../db/database.js';

/** The outcome of one {@link RateLimiter.hit}. */
export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * A fixed window per key, counted in the database's `rate_limits` table, so every server
 * process on one database shares one count: a limit of N allows N in total, not N per process.
 */
export interface RateLimiter {
  /** Counts one request for `key`; refuses it when the window already holds `limit`. */
  hit(key: string): Promise<RateDecision>;
}

/** Options of {@link rateLimiter}. */
export interface RateLimiterOptions {
  db: Queryable;
  /** Keeps limits with equal keys apart: `v1-ip`, `admin-ip`, `advocate`, … */
  bucket: string;
  limit: number;
  windowMs: number;
  clock: Clock;
}

// One statement, one round trip: the row of (bucket, key) counts this hit, or starts a new
// window when the old one has ended. SET sees the old row, so both CASEs test the same window.
const HIT = `insert into rate_limits as r (bucket, key, window_start, expires_at, hits)
  values ($1, $2, $3, $4, 1)
  on conflict (bucket, key) do update set
    hits = case when r.expires_at > excluded.window_start then r.hits + 1 else 1 end,
    window_start = case when r.expires_at > excluded.window_start then r.window_start else excluded.window_start end,
    expires_at = case when r.expires_at > excluded.window_start then r.expires_at else excluded.expires_at end
  returning hits, expires_at`;

/**
 * Creates a limiter allowing `limit` requests per `windowMs` per key; the window starts at a
 * key's first request. Ended windows are deleted by {@link sweepRateLimits}.
 * @example const perIp = rateLimiter({ db, bucket: 'v1-ip', limit: 600, windowMs: 60_000, clock });
 */
export function rateLimiter(options: RateLimiterOptions): RateLimiter {
  const { db, bucket, limit, windowMs, clock } = options;
  return {
    async hit(key) {
      const now = clock.now();
      const [row] = await db.query<{ hits: number; expires_at: Date }>(HIT, [
        bucket,
        key,
        new Date(now),
        new Date(now + windowMs),
      ]);
      if (!row || row.hits <= limit) return { allowed: true };
      const left = new Date(row.expires_at).getTime() - now;
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(left / 1000)) };
    },
  };
}

/**
 * Deletes the windows that have ended (the background round calls it).
 * @returns how many rows went.
 */
export async function sweepRateLimits(db: Queryable, now: number): Promise<number> {
  const rows = await db.query('delete from rate_limits where expires_at <= $1 returning 1', [
    new Date(now),
  ]);
  return rows.length;
}
