import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { openDatabase } from '../../src/db/open.js';
import { rateLimiter, sweepRateLimits } from '../../src/security/rate-limiter.js';
import { databaseKinds, postgresUrl, testDatabase } from '../helpers/database.js';
import { manualClock } from '../helpers/harness.js';
import { expectFixedWindow } from './fixed-window.js';

vi.setConfig({ testTimeout: 30_000 });

describe.each(databaseKinds)('rateLimiter on %s', (kind) => {
  let db: Database;
  beforeAll(async () => {
    db = await testDatabase(kind);
  }, 120_000);
  afterAll(async () => {
    await db?.close();
  });

  /** This test's database, and on PostgreSQL a second pool on its schema, as another process has. */
  async function processHandles(): Promise<Database[]> {
    const handles = [db];
    if (kind === 'postgres' && postgresUrl) {
      const [{ schema } = { schema: '' }] = await db.query<{ schema: string }>(
        'select current_schema() as schema',
      );
      handles.push(await openDatabase({ url: postgresUrl, schema }));
    }
    return handles;
  }

  it('allows `limit` hits per window per key, then says when to retry', () =>
    expectFixedWindow((options) => rateLimiter({ db, bucket: 'a', ...options })));

  it('keeps buckets apart', async () => {
    const clock = manualClock();
    const one = rateLimiter({ db, bucket: 'one', limit: 1, windowMs: 60_000, clock });
    const two = rateLimiter({ db, bucket: 'two', limit: 1, windowMs: 60_000, clock });
    expect(await one.hit('same')).toEqual({ allowed: true });
    expect(await two.hit('same')).toEqual({ allowed: true });
    expect((await one.hit('same')).allowed).toBe(false);
  });

  it('allows exactly `limit` of many concurrent hits, also from several database handles', async () => {
    const clock = manualClock();
    const handles = await processHandles();
    try {
      const limiters = handles.map((handle) =>
        rateLimiter({ db: handle, bucket: 'race', limit: 7, windowMs: 60_000, clock }),
      );
      const decisions = await Promise.all(
        Array.from({ length: 40 }, (_, i) => limiters[i % limiters.length]?.hit('shared')),
      );
      expect(decisions.filter((d) => d?.allowed)).toHaveLength(7);
    } finally {
      for (const handle of handles.slice(1)) await handle.close();
    }
  });

  it('counts concurrent hits together and still allows exactly `limit`, per key and across processes', async () => {
    const clock = manualClock();
    const handles = await processHandles();
    let statements = 0;
    try {
      const limiters = handles.map((handle) =>
        rateLimiter({
          db: {
            ...handle,
            query: (sql: string, params?: unknown[]) => {
              if (sql.includes('rate_limits')) statements += 1;
              return handle.query(sql, params);
            },
          } as Database,
          bucket: 'grouped',
          limit: 9,
          windowMs: 60_000,
          clock,
          maxInFlight: 1,
        }),
      );
      const keys = ['a', 'b', 'c'];
      const decisions = await Promise.all(
        Array.from({ length: 60 }, (_, i) =>
          limiters[i % limiters.length]
            ?.hit(keys[i % keys.length] ?? 'a')
            .then((decision) => ({ key: keys[i % keys.length], decision })),
        ),
      );
      for (const key of keys) {
        const mine = decisions.filter((d) => d?.key === key);
        expect(mine.filter((d) => d?.decision.allowed)).toHaveLength(9);
        expect(mine.filter((d) => !d?.decision.allowed)[0]?.decision).toEqual({
          allowed: false,
          retryAfterSeconds: 60,
        });
      }
      // One statement per group, not per hit: at most a few per handle.
      expect(statements).toBeLessThanOrEqual(2 * handles.length);
    } finally {
      for (const handle of handles.slice(1)) await handle.close();
    }
  });

  it('sweeps ended windows only', async () => {
    const clock = manualClock();
    const short = rateLimiter({ db, bucket: 'short', limit: 1, windowMs: 1_000, clock });
    const long = rateLimiter({ db, bucket: 'long', limit: 1, windowMs: 60_000, clock });
    await short.hit('x');
    await long.hit('x');
    clock.advance(1_000);
    const left = async () =>
      (
        await db.query<{ bucket: string }>(
          "select bucket from rate_limits where bucket in ('short', 'long') order by bucket",
        )
      ).map((row) => row.bucket);
    expect(await left()).toEqual(['long', 'short']);
    await sweepRateLimits(db, clock.now());
    expect(await left()).toEqual(['long']);
    expect(await long.hit('x')).toMatchObject({ allowed: false });
  });
});
