import type { Queryable } from '../db/database.js';

/** A job that was given up, for the dashboard. */
export interface FailedJob {
  id: string;
  kind: string;
  attempts: number;
  lastError: string | null;
  failedAt: Date;
}

/** Jobs of a site by state, for the dashboard. */
export interface JobCounts {
  waiting: number;
  failed: number;
  done: number;
}

/** The site's jobs by state. */
export async function jobCounts(db: Queryable, siteKey: string): Promise<JobCounts> {
  const rows = await db.query<JobCounts>(
    `select count(*) filter (where done_at is null and failed_at is null)::int as waiting,
            count(*) filter (where failed_at is not null)::int as failed,
            count(*) filter (where done_at is not null)::int as done
     from jobs where site_key = $1`,
    [siteKey],
  );
  return rows[0] ?? { waiting: 0, failed: 0, done: 0 };
}

/** The site's given-up jobs, newest first: what an operator must look at. */
export async function failedJobs(db: Queryable, siteKey: string, limit = 50): Promise<FailedJob[]> {
  const rows = await db.query<{
    id: string;
    kind: string;
    attempts: number;
    last_error: string | null;
    failed_at: Date;
  }>(
    `select id, kind, attempts, last_error, failed_at from jobs
     where site_key = $1 and failed_at is not null order by failed_at desc limit $2`,
    [siteKey, limit],
  );
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    attempts: row.attempts,
    lastError: row.last_error,
    failedAt: row.failed_at,
  }));
}
