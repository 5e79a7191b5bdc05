import type { ServerContext } from '../context.js';
import type { Queryable } from '../db/database.js';
import { normalizeEmail } from '../email.js';
import { scheduleOrderEmails } from '../email-nps/schedule.js';
import { HttpError } from '../errors.js';
import { localeTag } from '../mail/i18n/locales.js';
import { MAX_MINOR } from '../money.js';
import type { RewardState } from '../rewards/state-machine.js';
import type { Site } from '../site.js';
import { type CreditOutcome, creditOrder } from './credit.js';
import { applyDeliveries, recordDelivery } from './delivered.js';
import type {
  OrderFact,
  VerifiedCancellation,
  VerifiedDelivery,
  VerifiedOrder,
  VerifiedRefund,
} from './facts.js';
import { lockOrderNames } from './locks.js';
import { addOrderNames, lockOrderByName, type OrderRow, orderNames } from './order-store.js';
import { applyRefund, type RefundRow } from './refunds.js';

/** What applying a fact did. */
export interface FactResult {
  /**
   * `recorded`: stored and applied now. `duplicate`: this fact was stored before (a retry or
   * replay); nothing changed. `waiting-for-order`: a refund, cancellation or delivery of an
   * order not received yet, applied when it arrives.
   */
  outcome: 'recorded' | 'duplicate' | 'waiting-for-order';
  /** The order's id (for a refund of an unknown order: the name the fact used). */
  orderId: string;
  /** The order's reward after the fact, if it has one. */
  reward: { state: RewardState; amountMinor: number; currency: string } | null;
  /** For a new order: what became of its referral. */
  credit?: CreditOutcome;
}

/**
 * Applies one verified fact, in one transaction, idempotently by its natural key (the order
 * id per site; the source, order name and refund id of a refund). Correct when a refund or
 * cancellation arrives before its order, when the same fact arrives twice at once (also in
 * two server processes), and when it is replayed weeks later.
 * @throws HttpError 400 when the fact's money is not exact minor units.
 * @example await applyOrderFact(ctx, site, { kind: 'order', source: 'api', orderId: '1001', … })
 */
export async function applyOrderFact(
  ctx: ServerContext,
  site: Site,
  fact: OrderFact,
): Promise<FactResult> {
  checkFact(fact);
  return ctx.db.transaction((tx) => {
    if (fact.kind === 'order') return applyOrder(ctx, tx, site, fact);
    if (fact.kind === 'delivery') return applyDeliveryFact(ctx, tx, site, fact);
    return applyRefundFact(ctx, tx, site, fact);
  });
}

async function applyDeliveryFact(
  ctx: ServerContext,
  tx: Queryable,
  site: Site,
  fact: VerifiedDelivery,
): Promise<FactResult> {
  const { outcome, order } = await recordDelivery(tx, site, fact, ctx.clock.now());
  return order ? result(tx, outcome, order) : { outcome, orderId: fact.orderId, reward: null };
}

async function applyOrder(
  ctx: ServerContext,
  tx: Queryable,
  site: Site,
  fact: VerifiedOrder,
): Promise<FactResult> {
  const now = ctx.clock.now();
  const names = [fact.orderId, ...(fact.aliases ?? [])];
  await lockOrderNames(tx, site.siteKey, [
    ...names.map((name) => `order:${name}`),
    ...(fact.visitorId ? [`visitor:${fact.visitorId}`] : []),
  ]);
  const inserted = await tx.query(
    `insert into orders (site_key, order_id, source, total_minor, currency, customer_id, email_norm,
       discount_codes, discount_refs, referral_code, visitor_id, status, created_at, received_at, locale)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'paid', $12, $13, $14)
     on conflict (site_key, order_id) do nothing returning order_id`,
    [
      site.siteKey,
      fact.orderId,
      fact.source,
      fact.total.minor,
      fact.total.currency,
      fact.customerId ?? null,
      fact.email ? normalizeEmail(fact.email) : null,
      fact.discountCodes,
      fact.discountRefs ?? [],
      fact.referralCode?.toUpperCase() ?? null,
      fact.visitorId ?? null,
      new Date(Math.min(fact.createdAt, now)),
      new Date(now),
      localeTag(fact.locale) ?? null,
    ],
  );
  const taken = await addOrderNames(tx, site.siteKey, fact.orderId, names);
  if (taken.length > 0) {
    ctx.logger.warn('order aliases already name another order', {
      siteKey: site.siteKey,
      orderId: fact.orderId,
      aliases: taken,
    });
  }
  const order = await lockOrderByName(tx, site.siteKey, fact.orderId);
  if (!order) throw new Error(`order ${fact.orderId} vanished inside its transaction`);
  if (inserted.length === 0) return result(tx, 'duplicate', order);
  const allNames = await orderNames(tx, site.siteKey, order.order_id);
  const credit = await creditOrder(ctx, tx, site, order, allNames);
  // A delivery reported before the order counts from now on (the survey is filed from it).
  await applyDeliveries(tx, site, order, allNames, now);
  await scheduleOrderEmails(tx, site, order, fact.email, now);
  // Refunds and cancellations that arrived first apply now, oldest first.
  const waiting = await tx.query<RefundRow>(
    `select refund_key, kind, source, order_ref, amount_minor::float8 as amount_minor, currency
     from order_refunds where site_key = $1 and applied_at is null and order_ref = any($2)
     order by created_at, refund_key for update`,
    [site.siteKey, allNames],
  );
  for (const refund of waiting) {
    const current = await lockOrderByName(tx, site.siteKey, order.order_id);
    if (current) await applyRefund(tx, site, current, refund, now);
  }
  return { ...(await result(tx, 'recorded', order)), credit };
}

async function applyRefundFact(
  ctx: ServerContext,
  tx: Queryable,
  site: Site,
  fact: VerifiedRefund | VerifiedCancellation,
): Promise<FactResult> {
  const now = ctx.clock.now();
  await lockOrderNames(tx, site.siteKey, [`order:${fact.orderId}`]);
  const refund: RefundRow = {
    refund_key:
      fact.kind === 'refund'
        ? `${fact.source}:${fact.orderId}:${fact.refundId}`
        : `${fact.source}:${fact.orderId}:cancel`,
    kind: fact.kind === 'refund' ? 'refund' : 'cancellation',
    source: fact.source,
    order_ref: fact.orderId,
    amount_minor: fact.kind === 'refund' ? fact.amount.minor : null,
    currency: fact.kind === 'refund' ? fact.amount.currency : null,
  };
  const inserted = await tx.query(
    `insert into order_refunds (site_key, refund_key, kind, source, order_ref, amount_minor, currency, created_at, received_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     on conflict (site_key, refund_key) do nothing returning refund_key`,
    [
      site.siteKey,
      refund.refund_key,
      refund.kind,
      refund.source,
      refund.order_ref,
      refund.amount_minor,
      refund.currency,
      new Date(Math.min(fact.createdAt, now)),
      new Date(now),
    ],
  );
  const order = await lockOrderByName(tx, site.siteKey, fact.orderId);
  if (inserted.length === 0) {
    return order
      ? result(tx, 'duplicate', order)
      : { outcome: 'duplicate', orderId: fact.orderId, reward: null };
  }
  if (!order) return { outcome: 'waiting-for-order', orderId: fact.orderId, reward: null };
  await applyRefund(tx, site, order, refund, now);
  return result(tx, 'recorded', order);
}

async function result(
  tx: Queryable,
  outcome: FactResult['outcome'],
  order: OrderRow,
): Promise<FactResult> {
  const rows = await tx.query<{ state: RewardState; amount_minor: number; currency: string }>(
    `select state, amount_minor::float8 as amount_minor, currency from rewards
     where site_key = $1 and order_id = $2`,
    [order.site_key, order.order_id],
  );
  const reward = rows[0];
  return {
    outcome,
    orderId: order.order_id,
    reward: reward
      ? { state: reward.state, amountMinor: reward.amount_minor, currency: reward.currency }
      : null,
  };
}

const CURRENCY = /^[A-Z]{3}$/;

function checkFact(fact: OrderFact): void {
  const money =
    fact.kind === 'order'
      ? ['total', fact.total]
      : fact.kind === 'refund'
        ? ['amount', fact.amount]
        : null;
  if (money) {
    const [field, { minor, currency }] = money as [string, { minor: number; currency: string }];
    if (!Number.isSafeInteger(minor) || minor < 0 || minor > MAX_MINOR) {
      throw new HttpError(400, 'invalid-request', `${field}: expected whole minor units ≥ 0`);
    }
    if (fact.kind === 'refund' && minor === 0) {
      throw new HttpError(400, 'invalid-request', 'amount: a refund must be more than 0');
    }
    if (!CURRENCY.test(currency)) {
      throw new HttpError(400, 'invalid-request', `${field}.currency: expected an ISO 4217 code`);
    }
  }
  if (!fact.orderId || fact.orderId.length > 128) {
    throw new HttpError(400, 'invalid-request', 'orderId: expected 1–128 characters');
  }
  const at =
    fact.kind === 'delivery' ? ['deliveredAt', fact.deliveredAt] : ['createdAt', fact.createdAt];
  if (!Number.isFinite(at[1])) {
    throw new HttpError(400, 'invalid-request', `${at[0]}: expected a time`);
  }
}
