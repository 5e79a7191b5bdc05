import type { Clock } from '../clock.js';
import { coalesce, type Pending } from '../db/coalesce.js';
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
  /**
   * Counts hits of concurrent requests together (group commit): while this many statements
   * run, the hits arriving wait and then go in one statement, one round trip for all of them.
   * Leave it out where `db` is a transaction (each hit then goes at once).
   */
  maxInFlight?: number;
}

// One statement, one round trip, for any number of keys: each key's row counts its `n` hits,
// or starts a new window when the old one has ended. SET sees the old row, so every CASE tests
// the same window. Keys go in sorted, so two statements lock shared rows in one order (no
// deadlock); each key once, as ON CONFLICT cannot touch a row twice in one statement.
const HIT = `insert into rate_limits as r (bucket, key, window_start, expires_at, hits)
  select $1, t.key, $2, $3, t.n from unnest($4::text[], $5::int[]) as t(key, n) order by t.key
  on conflict (bucket, key) do update set
    hits = case when r.expires_at > excluded.window_start then r.hits + excluded.hits else excluded.hits end,
    window_start = case when r.expires_at > excluded.window_start then r.window_start else excluded.window_start end,
    expires_at = case when r.expires_at > excluded.window_start then r.expires_at else excluded.expires_at end
  returning key, hits, expires_at`;

type Hit = Pending<string, RateDecision>;

/**
 * Creates a limiter allowing `limit` requests per `windowMs` per key; the window starts at a
 * key's first request. Exact across processes: the database adds a statement's hits to the
 * key's count atomically, and the k-th of them is allowed when the count before it plus k is
 * within the limit. Ended windows are deleted by {@link sweepRateLimits}.
 * @example const perIp = rateLimiter({ db, bucket: 'v1-ip', limit: 600, windowMs: 60_000, clock });
 */
export function rateLimiter(options: RateLimiterOptions): RateLimiter {
  const { db, bucket, limit, windowMs, clock } = options;
  async function count(group: Hit[]): Promise<void> {
    const byKey = new Map<string, Hit[]>();
    for (const hit of group) {
      const same = byKey.get(hit.item);
      if (same) same.push(hit);
      else byKey.set(hit.item, [hit]);
    }
    const keys = [...byKey.keys()];
    const now = clock.now();
    const rows = await db.query<{ key: string; hits: number; expires_at: Date }>(HIT, [
      bucket,
      new Date(now),
      new Date(now + windowMs),
      keys,
      keys.map((key) => byKey.get(key)?.length ?? 0),
    ]);
    const counted = new Map(rows.map((row) => [row.key, row]));
    for (const [key, hits] of byKey) {
      const row = counted.get(key);
      if (!row) throw new Error(`rate_limits returned no row for ${bucket}/${key}`);
      const left = new Date(row.expires_at).getTime() - now;
      const refused: RateDecision = {
        allowed: false,
        retryAfterSeconds: Math.max(1, Math.ceil(left / 1000)),
      };
      const before = row.hits - hits.length;
      for (const [i, hit] of hits.entries())
        hit.resolve(before + i + 1 <= limit ? { allowed: true } : refused);
    }
  }
  const hit =
    options.maxInFlight === undefined
      ? (key: string) =>
          new Promise<RateDecision>((resolve, reject) =>
            count([{ item: key, resolve, reject }]).catch(reject),
          )
      : coalesce({ maxInFlight: options.maxInFlight, run: count });
  return { hit };
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
