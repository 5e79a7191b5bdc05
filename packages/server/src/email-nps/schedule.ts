import type { Queryable } from '../db/database.js';
import { enqueueJob } from '../jobs/queue.js';
import type { OrderRow } from '../orders/order-store.js';
import type { Site } from '../site.js';

/** The job that decides, when an order's survey is due, whether to email it. */
export const NPS_EMAIL_JOB = 'email.nps';
/** The job that decides, when an order's referral ask is due, whether to email it. */
export const REFERRAL_EMAIL_JOB = 'email.referral';

/** The email flows the core rules decide. */
export type AskFlowName = 'nps' | 'referral';

/** A flow's campaign and timing (from the site's `npsEmail` or `referralEmail`). */
export interface AskTiming {
  campaignId: string;
  afterMs: number;
  withinMs: number;
}

const JOBS: Readonly<Record<AskFlowName, string>> = {
  nps: NPS_EMAIL_JOB,
  referral: REFERRAL_EMAIL_JOB,
};

/** The customer key an order's asks are filed under: its customer id, else its email. */
export function customerKey(order: Pick<OrderRow, 'customer_id' | 'email_norm'>): string | null {
  if (order.customer_id) return `id:${order.customer_id}`;
  return order.email_norm ? `email:${order.email_norm}` : null;
}

/**
 * Files the email asks of a newly verified order, inside the order's transaction: per flow the
 * site has on (`npsEmail`, `referralEmail`), one `email_asks` row (status `scheduled`) and one
 * job due `after` the order. Both are keyed by the order, so a replayed order, or the same
 * order in two server processes, files one ask. Orders without an email address (`address`,
 * as the shop gave it) file nothing.
 * @returns the flows filed now.
 */
export async function scheduleOrderEmails(
  tx: Queryable,
  site: Site,
  order: OrderRow,
  address: string | undefined,
  now: number,
): Promise<AskFlowName[]> {
  const filed: AskFlowName[] = [];
  for (const [flow, timing] of [
    ['nps', site.npsEmail],
    ['referral', site.referralEmail],
  ] as const) {
    if (
      timing &&
      (await fileAsk(
        tx,
        site,
        flow,
        timing,
        order,
        address,
        order.created_at.getTime() + timing.afterMs,
        now,
      ))
    ) {
      filed.push(flow);
    }
  }
  return filed;
}

/**
 * Files (or files again) one ask due at `dueAt`. A skipped ask is filed again only when
 * `refile` names its reason (a referral ask skipped before the customer became a promoter).
 */
export async function fileAsk(
  tx: Queryable,
  site: Site,
  flow: AskFlowName,
  timing: AskTiming,
  order: Pick<OrderRow, 'order_id' | 'customer_id' | 'email_norm'>,
  address: string | undefined,
  dueAt: number,
  now: number,
  refile?: string,
): Promise<boolean> {
  const customer = customerKey(order);
  const to = address?.trim();
  if (!to || customer === null) return false;
  const rows = await tx.query(
    `insert into email_asks (site_key, flow, order_id, campaign_id, customer, to_address, status, send_after, created_at)
     values ($1, $2, $3, $4, $5, $6, 'scheduled', $7, $8)
     on conflict (site_key, flow, order_id) do update set status = 'scheduled', send_after = excluded.send_after,
       reason = null, detail = null, decided_at = null
       where email_asks.status = 'skipped' and email_asks.reason = $9
     returning order_id`,
    [
      site.siteKey,
      flow,
      order.order_id,
      timing.campaignId,
      customer,
      to,
      new Date(dueAt),
      new Date(now),
      refile ?? null,
    ],
  );
  if (rows.length === 0) return false;
  await enqueueJob(
    tx,
    {
      id: `${JOBS[flow]}:${site.siteKey}:${order.order_id}${refile ? `@${dueAt}` : ''}`,
      kind: JOBS[flow],
      siteKey: site.siteKey,
      payload: { orderId: order.order_id },
      runAt: dueAt,
    },
    now,
  );
  return true;
}
