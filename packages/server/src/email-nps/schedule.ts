import type { Queryable } from '../db/database.js';
import { enqueueJob } from '../jobs/queue.js';
import type { OrderRow } from '../orders/order-store.js';
import type { Site } from '../site.js';

/** The job that decides, when an order's survey is due, whether to email it. */
export const NPS_EMAIL_JOB = 'email.nps';

/** The customer key an order's asks are filed under: its customer id, else its email. */
export function customerKey(order: Pick<OrderRow, 'customer_id' | 'email_norm'>): string | null {
  if (order.customer_id) return `id:${order.customer_id}`;
  return order.email_norm ? `email:${order.email_norm}` : null;
}

/**
 * Files the NPS email ask of a newly verified order, inside the order's transaction: one
 * `email_asks` row (status `scheduled`) and one job due `after` the order. Both are keyed by
 * the order, so a replayed order, or the same order in two server processes, files one ask.
 * Orders without an email address (`address`, as the shop gave it), and sites without
 * `npsEmail`, file nothing.
 * @returns whether an ask was filed now.
 */
export async function scheduleNpsEmail(
  tx: Queryable,
  site: Site,
  order: OrderRow,
  address: string | undefined,
  now: number,
): Promise<boolean> {
  const email = site.npsEmail;
  const customer = customerKey(order);
  const to = address?.trim();
  if (!email || !to || customer === null) return false;
  const sendAfter = order.created_at.getTime() + email.afterMs;
  const rows = await tx.query(
    `insert into email_asks (site_key, flow, order_id, campaign_id, customer, to_address, status, send_after, created_at)
     values ($1, 'nps', $2, $3, $4, $7, 'scheduled', $5, $6)
     on conflict (site_key, flow, order_id) do nothing returning order_id`,
    [
      site.siteKey,
      order.order_id,
      email.campaignId,
      customer,
      new Date(sendAfter),
      new Date(now),
      to,
    ],
  );
  if (rows.length === 0) return false;
  await enqueueJob(
    tx,
    {
      id: `${NPS_EMAIL_JOB}:${site.siteKey}:${order.order_id}`,
      kind: NPS_EMAIL_JOB,
      siteKey: site.siteKey,
      payload: { orderId: order.order_id },
      runAt: sendAfter,
    },
    now,
  );
  return true;
}
