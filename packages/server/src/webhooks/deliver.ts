import type { ServerContext } from '../context.js';
import { signWebhook, WEBHOOK_SIGNATURE_HEADER } from './signature.js';

/** Attempts before a delivery is given up (about a day of retries). */
export const MAX_WEBHOOK_ATTEMPTS = 8;
// While one process posts a delivery, others leave it alone for this long.
const LEASE_MS = 60_000;
const TIMEOUT_MS = 10_000;

/** Wait before attempt `attempt + 1`: 30 s, 2 min, 8 min, … capped at 12 h. */
export function backoffMs(attempt: number): number {
  return Math.min(30_000 * 4 ** Math.max(0, attempt - 1), 12 * 3_600_000);
}

interface DueRow {
  id: string;
  site_key: string;
  payload: unknown;
  attempts: number;
}

/** The outcome of one delivery round. */
export interface DeliveryReport {
  delivered: number;
  retrying: number;
  failed: number;
}

/**
 * Posts every due webhook once: signed, with `Idempotency-Key`, retried with backoff on any
 * non-2xx answer or network error. Safe to run from several processes (rows are leased).
 */
export async function deliverDueWebhooks(
  ctx: ServerContext,
  fetchImpl: typeof fetch,
  limit = 50,
): Promise<DeliveryReport> {
  const now = ctx.clock.now();
  const due = await ctx.db.transaction((tx) =>
    tx.query<DueRow>(
      `update webhook_deliveries set attempts = attempts + 1, next_attempt_at = $2
       where id in (
         select id from webhook_deliveries
         where delivered_at is null and failed_at is null and next_attempt_at <= $1
         order by next_attempt_at limit $3 for update skip locked)
       returning id, site_key, payload, attempts`,
      [new Date(now), new Date(now + LEASE_MS), limit],
    ),
  );
  const report: DeliveryReport = { delivered: 0, retrying: 0, failed: 0 };
  await Promise.all(
    due.map(async (row) => {
      const error = await post(ctx, fetchImpl, row, now);
      if (error === null) {
        report.delivered += 1;
        await ctx.db.query(
          'update webhook_deliveries set delivered_at = $2, last_error = null where id = $1',
          [row.id, new Date(ctx.clock.now())],
        );
      } else if (row.attempts >= MAX_WEBHOOK_ATTEMPTS) {
        report.failed += 1;
        ctx.logger.warn('webhook given up', { id: row.id, attempts: row.attempts, error });
        await ctx.db.query(
          'update webhook_deliveries set failed_at = $2, last_error = $3 where id = $1',
          [row.id, new Date(now), error],
        );
      } else {
        report.retrying += 1;
        await ctx.db.query(
          'update webhook_deliveries set next_attempt_at = $2, last_error = $3 where id = $1',
          [row.id, new Date(now + backoffMs(row.attempts)), error],
        );
      }
    }),
  );
  return report;
}

/** Posts one delivery; `null` on a 2xx answer, else what went wrong. */
async function post(
  ctx: ServerContext,
  fetchImpl: typeof fetch,
  row: DueRow,
  now: number,
): Promise<string | null> {
  const webhook = ctx.sites.get(row.site_key)?.webhook;
  if (!webhook) return 'the site has no webhook configured any more';
  const body = JSON.stringify(row.payload);
  try {
    const response = await fetchImpl(webhook.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'idempotency-key': row.id,
        [WEBHOOK_SIGNATURE_HEADER]: signWebhook(webhook.secret, Math.floor(now / 1000), body),
        'user-agent': 'grapevine-server',
      },
      body,
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    await response.body?.cancel();
    return response.ok ? null : `HTTP ${response.status}`;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
