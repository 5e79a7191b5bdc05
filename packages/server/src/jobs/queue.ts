import type { Queryable } from '../db/database.js';

/** A job to queue. Its `id` is a natural key, so the same work is never queued twice. */
export interface NewJob {
  /** e.g. `coupon.create:<claim id>`. */
  id: string;
  kind: string;
  siteKey: string;
  payload: Record<string, unknown>;
  /** @default now */
  runAt?: number;
}

/** A job as a worker leased it. `attempts` counts this attempt. */
export interface LeasedJob {
  id: string;
  kind: string;
  siteKey: string;
  payload: Record<string, unknown>;
  attempts: number;
}

/**
 * Queues a job inside the caller's transaction, so it exists exactly when the fact that
 * needs it does. A job with the same id is left as it is.
 * @returns whether the job was queued now (false: it already existed).
 */
export async function enqueueJob(tx: Queryable, job: NewJob, now: number): Promise<boolean> {
  const rows = await tx.query(
    `insert into jobs (id, kind, site_key, payload, run_at, created_at)
     values ($1, $2, $3, $4::text::jsonb, $5, $6)
     on conflict (id) do nothing returning id`,
    [
      job.id,
      job.kind,
      job.siteKey,
      JSON.stringify(job.payload),
      new Date(job.runAt ?? now),
      new Date(now),
    ],
  );
  return rows.length > 0;
}

interface LeasedRow {
  id: string;
  kind: string;
  site_key: string;
  payload: Record<string, unknown>;
  attempts: number;
}

/**
 * Leases up to `limit` due jobs for `leaseMs`: counted as an attempt and hidden from other
 * workers until the lease ends. Only `kinds` are leased: during a rolling deploy an older
 * process leaves a newer kind to the processes that know it. `FOR UPDATE SKIP LOCKED` lets any number of server
 * processes lease from one table without waiting for or repeating each other; a worker that
 * dies mid-job leaves a lease that simply runs out.
 */
export async function leaseJobs(
  tx: Queryable,
  now: number,
  leaseMs: number,
  limit: number,
  kinds: readonly string[],
): Promise<LeasedJob[]> {
  const rows = await tx.query<LeasedRow>(
    `update jobs set attempts = attempts + 1, locked_until = $2
     where id in (
       select id from jobs
       where done_at is null and failed_at is null and run_at <= $1
         and (locked_until is null or locked_until <= $1) and kind = any($4::text[])
       order by run_at limit $3 for update skip locked)
     returning id, kind, site_key, payload, attempts`,
    [new Date(now), new Date(now + leaseMs), limit, [...kinds]],
  );
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    siteKey: row.site_key,
    payload: row.payload,
    attempts: row.attempts,
  }));
}

/** Marks a job done, with what it produced (e.g. the provider's object id). */
export async function completeJob(
  db: Queryable,
  id: string,
  now: number,
  result: Record<string, unknown> | undefined,
): Promise<void> {
  await db.query(
    `update jobs set done_at = $2, locked_until = null, last_error = null, result = $3::text::jsonb
     where id = $1`,
    [id, new Date(now), result === undefined ? null : JSON.stringify(result)],
  );
}

/** Puts a job back for another attempt at `runAt`. */
export async function retryJob(db: Queryable, id: string, runAt: number, error: string) {
  await db.query(
    'update jobs set run_at = $2, locked_until = null, last_error = $3 where id = $1',
    [id, new Date(runAt), error],
  );
}

/** Gives a job up: it stays in the table, visible with its last error. */
export async function failJob(db: Queryable, id: string, now: number, error: string) {
  await db.query(
    'update jobs set failed_at = $2, locked_until = null, last_error = $3 where id = $1',
    [id, new Date(now), error],
  );
}
