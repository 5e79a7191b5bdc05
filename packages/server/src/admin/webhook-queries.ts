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

// Moves given-up deliveries back to the queue and writes one audit row each, in one
// statement: the locked subquery reads the state before the update, and a concurrent second
// click re-checks `failed_at is not null` after the first commits, so it moves nothing.
const REDELIVER = (which: string) => `with moved as (
    update webhook_deliveries w set failed_at = null, attempts = 0, next_attempt_at = $2
    from (select id, attempts, last_error, failed_at from webhook_deliveries
          where site_key = $1 and failed_at is not null and ${which} for update) before
    where w.id = before.id
    returning before.id, before.attempts, before.last_error, before.failed_at)
  insert into webhook_redeliveries (site_key, delivery_id, actor, at, previous_attempts, previous_error, failed_at)
  select $1, id, $3, $2, attempts, last_error, failed_at from moved
  returning delivery_id`;

/**
 * Puts a given-up webhook back in the queue for a fresh round of attempts, due now, and
 * records who did it (`webhook_redeliveries`). Only a failed delivery of this site moves,
 * once: a second click finds nothing to do.
 * @returns whether it was queued again.
 */
export async function redeliverWebhook(
  db: Queryable,
  siteKey: string,
  id: string,
  now: number,
  actor: string,
): Promise<boolean> {
  const rows = await db.query(REDELIVER('id = $4'), [siteKey, new Date(now), actor, id]);
  return rows.length === 1;
}

/**
 * Puts every webhook of the site given up at or after `since` back in the queue, each with
 * its audit row (see {@link redeliverWebhook}).
 * @returns how many were queued again.
 */
export async function redeliverWebhooksSince(
  db: Queryable,
  siteKey: string,
  since: number,
  now: number,
  actor: string,
): Promise<number> {
  const rows = await db.query(REDELIVER('failed_at >= $4'), [
    siteKey,
    new Date(now),
    actor,
    new Date(since),
  ]);
  return rows.length;
}

/** One redelivery from the audit, with what became of the delivery since. */
export interface Redelivery {
  deliveryId: string;
  type: string | null;
  actor: string;
  at: Date;
  previousAttempts: number;
  previousError: string | null;
  /** `delivered`, `queued` or `failed` (again). */
  state: 'delivered' | 'queued' | 'failed';
}

/** The site's latest redeliveries, newest first: a dropped delivery stays visible here. */
export function recentRedeliveries(
  db: Queryable,
  siteKey: string,
  limit = 50,
): Promise<Redelivery[]> {
  return db.query<Redelivery>(
    `select r.delivery_id as "deliveryId", w.type, r.actor, r.at,
       r.previous_attempts as "previousAttempts", r.previous_error as "previousError",
       case when w.delivered_at is not null then 'delivered'
            when w.failed_at is not null then 'failed' else 'queued' end as state
     from webhook_redeliveries r left join webhook_deliveries w on w.id = r.delivery_id
     where r.site_key = $1 order by r.at desc, r.id desc limit $2`,
    [siteKey, limit],
  );
}

/** How many of the site's webhooks were given up (all of them, not only the listed ones). */
export async function failedWebhookCount(db: Queryable, siteKey: string): Promise<number> {
  const [row] = await db.query<{ n: number }>(
    'select count(*)::int as n from webhook_deliveries where site_key = $1 and failed_at is not null',
    [siteKey],
  );
  return row?.n ?? 0;
}
