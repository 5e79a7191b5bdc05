import type { Queryable } from '../db/database.js';
import { retimeOnDelivery } from '../email-nps/schedule.js';
import type { Site } from '../site.js';
import type { VerifiedDelivery } from './facts.js';
import { lockOrderNames } from './locks.js';
import { lockOrderByName, type OrderRow } from './order-store.js';

/** What recording a delivery did (see `FactResult.outcome`). */
export type DeliveryOutcome = 'recorded' | 'duplicate' | 'waiting-for-order';

/**
 * Records that an order was delivered, inside the caller's transaction, idempotently by
 * (source, order name): a replay is a duplicate; a report before its order is kept and applied
 * when the order arrives. The order's delivery date is its first report (a second parcel, or
 * another source, changes nothing); the survey counting from it is retimed (`retimeOnDelivery`).
 */
export async function recordDelivery(
  tx: Queryable,
  site: Site,
  fact: VerifiedDelivery,
  now: number,
): Promise<{ outcome: DeliveryOutcome; order: OrderRow | null }> {
  await lockOrderNames(tx, site.siteKey, [`order:${fact.orderId}`]);
  const inserted = await tx.query(
    `insert into order_deliveries (site_key, source, order_ref, delivered_at, received_at)
     values ($1, $2, $3, $4, $5)
     on conflict (site_key, source, order_ref) do nothing returning order_ref`,
    [
      site.siteKey,
      fact.source,
      fact.orderId,
      new Date(Math.min(fact.deliveredAt, now)),
      new Date(now),
    ],
  );
  const order = await lockOrderByName(tx, site.siteKey, fact.orderId);
  if (inserted.length === 0) return { outcome: 'duplicate', order };
  if (!order) return { outcome: 'waiting-for-order', order: null };
  await applyDeliveries(tx, site, order, [fact.orderId], now);
  return { outcome: 'recorded', order };
}

/**
 * Applies the delivery reports waiting for an order (named by any of `names`): the earliest
 * becomes the order's delivery date if it has none, and every report is marked applied.
 * Called when the order arrives, and by `recordDelivery`.
 */
export async function applyDeliveries(
  tx: Queryable,
  site: Site,
  order: OrderRow,
  names: readonly string[],
  now: number,
): Promise<void> {
  const [first] = await tx
    .query<{ delivered_at: Date }>(
      `update order_deliveries set applied_at = $3
     where site_key = $1 and order_ref = any($2) and applied_at is null
     returning delivered_at`,
      [site.siteKey, names, new Date(now)],
    )
    .then((rows) => rows.sort((a, b) => a.delivered_at.getTime() - b.delivered_at.getTime()));
  if (!first) return;
  const set = await tx.query<{ delivered_at: Date }>(
    `update orders set delivered_at = $3
     where site_key = $1 and order_id = $2 and delivered_at is null returning delivered_at`,
    [site.siteKey, order.order_id, first.delivered_at],
  );
  if (set.length === 0) return;
  order.delivered_at = first.delivered_at;
  await retimeOnDelivery(tx, site, order, first.delivered_at.getTime(), now);
}
