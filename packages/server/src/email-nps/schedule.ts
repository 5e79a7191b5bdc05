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
  /** What `after` counts from (NPS by email); the order when absent. */
  from?: 'delivery' | 'order';
  /** With `from: 'delivery'`: when an unreported delivery is assumed. */
  assumeDeliveredAfterMs?: number;
}

/**
 * What an ask's `after` counted from: the order, its reported delivery, or the delivery
 * assumed when none was reported `assumeDeliveredAfter` the order.
 */
export type AskBasis = 'order' | 'delivery' | 'assumed';

/** When an ask is due, and from what it counts. */
export interface AskStart {
  /** Epoch ms `after` and `within` count from. */
  from: number;
  basis: AskBasis;
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
 * Where an order's ask counts from: the order; or, for a flow timed `from: 'delivery'`, the
 * reported delivery (never before the order), else the moment the delivery is assumed.
 */
export function askStart(
  timing: AskTiming,
  order: Pick<OrderRow, 'created_at' | 'delivered_at'>,
): AskStart {
  const placed = order.created_at.getTime();
  if (timing.from !== 'delivery') return { from: placed, basis: 'order' };
  if (order.delivered_at) {
    return { from: Math.max(order.delivered_at.getTime(), placed), basis: 'delivery' };
  }
  return { from: placed + (timing.assumeDeliveredAfterMs ?? 0), basis: 'assumed' };
}

/**
 * Files the email asks of a newly verified order, inside the order's transaction: per flow the
 * site has on (`npsEmail`, `referralEmail`), one `email_asks` row (status `scheduled`) and one
 * job due `after` its start (`askStart`: the order, or its delivery). Both are keyed by the order, so a replayed order, or the same
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
    if (!timing) continue;
    const start = askStart(timing, order);
    const when = { ...start, dueAt: start.from + timing.afterMs };
    if (await fileAsk(tx, site, flow, timing, order, address, when, now)) filed.push(flow);
  }
  return filed;
}

/**
 * Files (or files again) one ask due at `when.dueAt`, counting from `when.from` (the order's
 * time when absent). A skipped ask is filed again only when `refile` names its reason (a
 * referral ask skipped before the customer became a promoter).
 */
export async function fileAsk(
  tx: Queryable,
  site: Site,
  flow: AskFlowName,
  timing: AskTiming,
  order: Pick<OrderRow, 'order_id' | 'customer_id' | 'email_norm'>,
  address: string | undefined,
  when: { dueAt: number; from?: number; basis?: AskBasis },
  now: number,
  refile?: string,
): Promise<boolean> {
  const { dueAt } = when;
  const customer = customerKey(order);
  const to = address?.trim();
  if (!to || customer === null) return false;
  const rows = await tx.query(
    `insert into email_asks (site_key, flow, order_id, campaign_id, customer, to_address, status, send_after, created_at,
       ask_from, ask_basis)
     values ($1, $2, $3, $4, $5, $6, 'scheduled', $7, $8, $10, $11)
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
      when.from === undefined ? null : new Date(when.from),
      when.basis ?? 'order',
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

/**
 * A delivery was reported for an order whose survey counts from its delivery. While the ask
 * still waits on the assumed delivery (that moment has not come), it now counts from the
 * reported one: due `after` it, by a second job (the first finds it not due, or decided).
 * Once the assumed moment has passed, for an ask that counts from the order, or one already
 * decided, nothing changes. The update's condition makes a replay, or two processes, retime once.
 * @returns whether the ask was retimed.
 */
export async function retimeOnDelivery(
  tx: Queryable,
  site: Site,
  order: Pick<OrderRow, 'order_id' | 'created_at'>,
  deliveredAt: number,
  now: number,
): Promise<boolean> {
  const timing = site.npsEmail;
  if (timing?.from !== 'delivery') return false;
  const from = Math.max(deliveredAt, order.created_at.getTime());
  const dueAt = from + timing.afterMs;
  const rows = await tx.query(
    `update email_asks set ask_from = $4, ask_basis = 'delivery', send_after = $5
     where site_key = $1 and flow = 'nps' and order_id = $2 and status = 'scheduled'
       and ask_basis = 'assumed' and ask_from > $3
     returning order_id`,
    [site.siteKey, order.order_id, new Date(now), new Date(from), new Date(dueAt)],
  );
  if (rows.length === 0) return false;
  await enqueueJob(
    tx,
    {
      id: `${NPS_EMAIL_JOB}:${site.siteKey}:${order.order_id}@delivered`,
      kind: NPS_EMAIL_JOB,
      siteKey: site.siteKey,
      payload: { orderId: order.order_id },
      runAt: dueAt,
    },
    now,
  );
  return true;
}
