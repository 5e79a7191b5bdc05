import type { PurchaseEvent } from '@grapevine/core';
import type { ServerContext } from '../context.js';
import type { Queryable } from '../db/database.js';
import type { Site } from '../site.js';
import { creditOrder } from './credit.js';
import { lockOrderNames } from './locks.js';
import { orderNames, unrewardedOrders } from './order-store.js';

/**
 * Locks what browser purchase reports may join, before the reports are stored, so that a
 * verified order committing at the same moment is seen by one of the two transactions.
 * A batch's reports are locked at once, in one sorted order (no cycle between batches).
 */
export function lockPurchaseReports(
  tx: Queryable,
  site: Site,
  events: readonly Pick<PurchaseEvent, 'orderId' | 'visitorId'>[],
): Promise<void> {
  return lockOrderNames(
    tx,
    site.siteKey,
    events.flatMap((event) => [`order:${event.orderId}`, `visitor:${event.visitorId}`]),
  );
}

/**
 * A browser's purchase report arrived (already stored in this transaction): when the shop
 * has already confirmed the order it names (or an order of the same visitor) and that order
 * earned no reward yet, attribute it now. The report itself never moves money: the reward
 * is computed from the verified order only.
 * @returns how many orders were credited.
 */
export async function joinPurchaseReport(
  ctx: ServerContext,
  tx: Queryable,
  site: Site,
  event: Pick<PurchaseEvent, 'orderId' | 'visitorId' | 'referralCode'>,
): Promise<number> {
  if (!event.referralCode) return 0;
  const orders = await unrewardedOrders(tx, site.siteKey, [event.orderId], event.visitorId);
  let credited = 0;
  for (const order of orders) {
    const names = await orderNames(tx, site.siteKey, order.order_id);
    const outcome = await creditOrder(ctx, tx, site, order, names);
    if (outcome.credited) credited += 1;
  }
  return credited;
}
