import type { Queryable } from '../db/database.js';

/** An outgoing webhook that was given up after its last attempt. */
export interface FailedWebhook {
  id: string;
  type: string;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  failedAt: Date;
}

/** The site's given-up webhooks, newest first. */
export function failedWebhooks(
  db: Queryable,
  siteKey: string,
  limit = 50,
): Promise<FailedWebhook[]> {
  return db.query<FailedWebhook>(
    `select id, type, attempts, last_error as "lastError", created_at as "createdAt", failed_at as "failedAt"
     from webhook_deliveries where site_key = $1 and failed_at is not null
     order by failed_at desc, id limit $2`,
    [siteKey, limit],
  );
}

/** How many of the site's webhooks wait for delivery or a retry. */
export async function queuedWebhooks(db: Queryable, siteKey: string): Promise<number> {
  const [row] = await db.query<{ n: number }>(
    `select count(*)::int as n from webhook_deliveries
     where site_key = $1 and delivered_at is null and failed_at is null`,
    [siteKey],
  );
  return row?.n ?? 0;
}

/**
 * Puts a given-up webhook back in the queue for a fresh round of attempts, due now. Only a
 * failed delivery of this site moves, once: a second click finds nothing to do.
 * @returns whether it was queued again.
 */
export async function redeliverWebhook(
  db: Queryable,
  siteKey: string,
  id: string,
  now: number,
): Promise<boolean> {
  const rows = await db.query(
    `update webhook_deliveries set failed_at = null, attempts = 0, next_attempt_at = $3
     where id = $1 and site_key = $2 and failed_at is not null returning id`,
    [id, siteKey, new Date(now)],
  );
  return rows.length === 1;
}
