import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { JobFailure } from '../../src/jobs/errors.js';
import { failedJobs, jobCounts } from '../../src/jobs/queries.js';
import { enqueueJob } from '../../src/jobs/queue.js';
import { type JobHandler, runDueJobs } from '../../src/jobs/runner.js';
import { silentLogger } from '../../src/logger.js';
import { databaseKinds, testDatabase } from '../helpers/database.js';
import { manualClock } from '../helpers/harness.js';
import { twoProcesses } from '../helpers/processes.js';

vi.setConfig({ testTimeout: 30_000 });

const SITE = 'shop-test';
const job = (id: string, kind = 'test.work') => ({ id, kind, siteKey: SITE, payload: { id } });

describe.each(databaseKinds)('job queue on %s', (kind) => {
  let db: Database;
  const clock = manualClock();
  const warnings: Array<Record<string, unknown> | undefined> = [];
  const logger = {
    ...silentLogger,
    warn: (_: string, fields?: Record<string, unknown>) => warnings.push(fields),
  };
  const ctx = () => ({ db, clock, logger });

  beforeAll(async () => {
    db = await testDatabase(kind);
  }, 120_000);
  afterAll(async () => {
    await db?.close();
  });
  beforeEach(async () => {
    await db.query('delete from jobs');
    warnings.length = 0;
  });

  it('queues a job once per natural key, and only when the transaction commits', async () => {
    expect(await db.transaction((tx) => enqueueJob(tx, job('a'), clock.now()))).toBe(true);
    expect(await db.transaction((tx) => enqueueJob(tx, job('a'), clock.now()))).toBe(false);
    await expect(
      db.transaction(async (tx) => {
        await enqueueJob(tx, job('b'), clock.now());
        throw new Error('claim failed');
      }),
    ).rejects.toThrow('claim failed');
    const rows = await db.query<{ id: string }>('select id from jobs order by id');
    expect(rows.map((row) => row.id)).toEqual(['a']);
  });

  it('runs a due job once, stores its result, and leaves future jobs alone', async () => {
    await enqueueJob(db, job('now'), clock.now());
    await enqueueJob(db, { ...job('later'), runAt: clock.now() + 60_000 }, clock.now());
    const seen: string[] = [];
    const handler: JobHandler = async (leased) => {
      seen.push(leased.id);
      return { ref: `ref-${leased.id}` };
    };
    expect(await runDueJobs(ctx(), { 'test.work': handler })).toEqual({
      done: 1,
      retrying: 0,
      failed: 0,
    });
    expect(await runDueJobs(ctx(), { 'test.work': handler })).toEqual({
      done: 0,
      retrying: 0,
      failed: 0,
    });
    expect(seen).toEqual(['now']);
    const [row] = await db.query<{ result: unknown; attempts: number }>(
      "select result, attempts from jobs where id = 'now'",
    );
    expect(row).toEqual({ result: { ref: 'ref-now' }, attempts: 1 });
    clock.advance(60_000);
    await runDueJobs(ctx(), { 'test.work': handler });
    expect(seen).toEqual(['now', 'later']);
  });

  it('retries a temporary failure after the backoff, or after Retry-After when longer', async () => {
    await enqueueJob(db, job('flaky'), clock.now());
    await enqueueJob(db, job('throttled'), clock.now());
    let calls = 0;
    const handler: JobHandler = async (leased) => {
      calls += 1;
      if (leased.id === 'throttled' && leased.attempts === 1) {
        throw new JobFailure('HTTP 429', { retryAfterMs: 600_000 });
      }
      if (leased.id === 'flaky' && leased.attempts === 1) throw new Error('socket hang up');
      return undefined;
    };
    const options = { random: () => 1 }; // first backoff: 15 s
    expect(await runDueJobs(ctx(), { 'test.work': handler }, options)).toEqual({
      done: 0,
      retrying: 2,
      failed: 0,
    });
    const errors = await db.query<{ id: string; last_error: string }>(
      'select id, last_error from jobs order by id',
    );
    expect(errors).toEqual([
      { id: 'flaky', last_error: 'socket hang up' },
      { id: 'throttled', last_error: 'HTTP 429' },
    ]);
    clock.advance(14_999);
    expect((await runDueJobs(ctx(), { 'test.work': handler }, options)).done).toBe(0);
    clock.advance(1);
    expect((await runDueJobs(ctx(), { 'test.work': handler }, options)).done).toBe(1);
    clock.advance(600_000 - 15_001);
    expect((await runDueJobs(ctx(), { 'test.work': handler }, options)).done).toBe(0);
    clock.advance(1);
    expect((await runDueJobs(ctx(), { 'test.work': handler }, options)).done).toBe(1);
    expect(calls).toBe(4);
  });

  it('gives up a permanent failure at once, logs it and shows it to the dashboard', async () => {
    await enqueueJob(db, job('bad'), clock.now());
    const handler: JobHandler = async () => {
      throw new JobFailure('HTTP 422: code is invalid', { permanent: true });
    };
    expect(await runDueJobs(ctx(), { 'test.work': handler })).toEqual({
      done: 0,
      retrying: 0,
      failed: 1,
    });
    clock.advance(86_400_000);
    expect(await runDueJobs(ctx(), { 'test.work': handler })).toEqual({
      done: 0,
      retrying: 0,
      failed: 0,
    });
    expect(warnings).toEqual([
      {
        id: 'bad',
        kind: 'test.work',
        siteKey: SITE,
        attempts: 1,
        error: 'HTTP 422: code is invalid',
      },
    ]);
    expect(await failedJobs(db, SITE)).toEqual([
      {
        id: 'bad',
        kind: 'test.work',
        attempts: 1,
        lastError: 'HTTP 422: code is invalid',
        failedAt: new Date(clock.now() - 86_400_000),
      },
    ]);
    expect(await jobCounts(db, SITE)).toEqual({ waiting: 0, failed: 1, done: 0 });
  });

  it('gives up after the last attempt', async () => {
    await enqueueJob(db, job('down'), clock.now());
    const handler: JobHandler = async () => {
      throw new Error('HTTP 503');
    };
    const options = { maxAttempts: 3, random: () => 1 };
    for (let round = 0; round < 3; round += 1) {
      await runDueJobs(ctx(), { 'test.work': handler }, options);
      clock.advance(3_600_000);
    }
    expect(await jobCounts(db, SITE)).toEqual({ waiting: 0, failed: 1, done: 0 });
    expect(warnings).toHaveLength(1);
  });

  it('leases only the kinds it has handlers for, and takes a job back whose lease ran out', async () => {
    await enqueueJob(db, job('other', 'test.other'), clock.now());
    await enqueueJob(db, job('stuck'), clock.now());
    let release: () => void = () => {};
    const stuck = runDueJobs(
      ctx(),
      {
        'test.work': () =>
          new Promise((resolve) => {
            release = () => resolve(undefined);
          }),
      },
      { leaseMs: 60_000 },
    );
    await vi.waitFor(async () => {
      const [row] = await db.query<{ attempts: number }>(
        "select attempts from jobs where id = 'stuck'",
      );
      expect(row?.attempts).toBe(1);
    });
    const [other] = await db.query<{ attempts: number }>(
      "select attempts from jobs where id = 'other'",
    );
    expect(other?.attempts).toBe(0);
    const second: JobHandler = async () => ({ by: 'second worker' });
    expect((await runDueJobs(ctx(), { 'test.work': second })).done).toBe(0); // still leased
    clock.advance(60_000);
    expect((await runDueJobs(ctx(), { 'test.work': second })).done).toBe(1);
    release();
    await stuck;
  });
});

describe.each(databaseKinds)('two server processes on %s', (kind) => {
  it('run each of 40 jobs exactly once', async () => {
    const { a, b, close } = await twoProcesses(kind);
    try {
      const clock = manualClock();
      for (let i = 0; i < 40; i += 1) await enqueueJob(a, job(`j${i}`), clock.now());
      const runs = new Map<string, number>();
      const handler: JobHandler = async (leased) => {
        runs.set(leased.id, (runs.get(leased.id) ?? 0) + 1);
        await new Promise((resolve) => setTimeout(resolve, 5));
        return undefined;
      };
      const worker = async (db: Database) => {
        let done = 0;
        for (let round = 0; round < 10; round += 1) {
          done += (
            await runDueJobs(
              { db, clock, logger: silentLogger },
              { 'test.work': handler },
              { limit: 3 },
            )
          ).done;
        }
        return done;
      };
      const [byA, byB] = await Promise.all([worker(a), worker(b)]);
      expect(byA + byB).toBe(40);
      expect(runs.size).toBe(40);
      expect([...runs.values()].every((count) => count === 1)).toBe(true);
      if (kind === 'postgres') expect(Math.min(byA, byB)).toBeGreaterThan(0);
    } finally {
      await close();
    }
  }, 120_000);
});
