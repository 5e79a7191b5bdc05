import type { ServerContext } from '../context.js';
import { jobBackoffMs } from './backoff.js';
import { isJobFailure } from './errors.js';
import { completeJob, failJob, type LeasedJob, leaseJobs, retryJob } from './queue.js';

/**
 * Does one job. Resolves with what it produced (stored in `jobs.result`); throws to fail:
 * a {@link JobFailure} says whether to retry and when, anything else is retried with backoff.
 * Handlers must be idempotent: a job whose worker died is run again when its lease ends.
 */
export type JobHandler = (job: LeasedJob) => Promise<Record<string, unknown> | undefined>;

/** The handlers by job kind. A process only leases the kinds it has a handler for. */
export type JobHandlers = Readonly<Record<string, JobHandler>>;

/** What one round did. */
export interface JobRunReport {
  done: number;
  retrying: number;
  failed: number;
}

/** Tuning for {@link runDueJobs}; the defaults suit provider calls. */
export interface JobRunOptions {
  /** Jobs leased per round. @default 20 */
  limit?: number;
  /** How long a leased job is hidden from other workers. @default 120_000 (2 min) */
  leaseMs?: number;
  /** Attempts before a job is given up (about a day and a half of retries). @default 14 */
  maxAttempts?: number;
  /** The jitter source. @default Math.random */
  random?: () => number;
}

/**
 * Leases the due jobs and runs each with its handler: done, retried later (backoff with
 * jitter, or the provider's `Retry-After` when it is longer), or given up (a permanent
 * failure, or too many attempts) with a warning in the log and `failed_at`/`last_error` in
 * the table for the dashboard.
 */
export async function runDueJobs(
  ctx: Pick<ServerContext, 'db' | 'clock' | 'logger'>,
  handlers: JobHandlers,
  options: JobRunOptions = {},
): Promise<JobRunReport> {
  const report: JobRunReport = { done: 0, retrying: 0, failed: 0 };
  const kinds = Object.keys(handlers);
  if (kinds.length === 0) return report;
  const maxAttempts = options.maxAttempts ?? 14;
  const leased = await ctx.db.transaction((tx) =>
    leaseJobs(tx, ctx.clock.now(), options.leaseMs ?? 120_000, options.limit ?? 20, kinds),
  );
  await Promise.all(
    leased.map(async (job) => {
      const handler = handlers[job.kind];
      try {
        if (!handler) throw new Error(`no handler for job kind "${job.kind}"`);
        const result = await handler(job);
        await completeJob(ctx.db, job.id, ctx.clock.now(), result);
        report.done += 1;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const now = ctx.clock.now();
        const permanent = isJobFailure(error) && error.permanent;
        if (permanent || job.attempts >= maxAttempts) {
          report.failed += 1;
          ctx.logger.warn('job given up', {
            id: job.id,
            kind: job.kind,
            siteKey: job.siteKey,
            attempts: job.attempts,
            error: message,
          });
          await failJob(ctx.db, job.id, now, message);
          return;
        }
        const backoff = jobBackoffMs(job.attempts, options.random);
        const asked = isJobFailure(error) ? (error.retryAfterMs ?? 0) : 0;
        report.retrying += 1;
        await retryJob(ctx.db, job.id, now + Math.max(backoff, asked), message);
      }
    }),
  );
  return report;
}
