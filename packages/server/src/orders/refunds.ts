import type { Queryable } from '../db/database.js';
import { applyRewardEvent, lockReward } from '../rewards/apply-event.js';
import { reducedReward } from '../rewards/reward-amount.js';
import type { Site } from '../site.js';
import type { OrderRow } from './order-store.js';

/** A stored refund or cancellation. */
export interface RefundRow {
  refund_key: string;
  kind: 'refund' | 'cancellation';
  source: string;
  order_ref: string;
  amount_minor: number | null;
  currency: string | null;
}

/**
 * Applies a stored refund or cancellation to its (locked) order, once: the order's refunded
 * total grows (never past the order's total) or it is cancelled, and its reward, if any, goes
 * through the state machine: reduced or voided before approval, reversed after. A refund in
 * another currency than the order's is recorded with a problem and changes nothing.
 */
export async function applyRefund(
  tx: Queryable,
  site: Site,
  order: OrderRow,
  refund: RefundRow,
  now: number,
): Promise<void> {
  const total = Number(order.total_minor);
  let problem: string | null = null;
  let refunded = Number(order.refunded_minor);
  if (refund.kind === 'cancellation') {
    await tx.query(`update orders set status = 'cancelled' where site_key = $1 and order_id = $2`, [
      order.site_key,
      order.order_id,
    ]);
  } else if (refund.currency !== order.currency) {
    problem = `refund in ${refund.currency}, order in ${order.currency}`;
  } else {
    refunded = Math.min(total, refunded + Number(refund.amount_minor ?? 0));
    await tx.query('update orders set refunded_minor = $3 where site_key = $1 and order_id = $2', [
      order.site_key,
      order.order_id,
      refunded,
    ]);
  }
  await tx.query(
    `update order_refunds set applied_at = $3, order_id = $4, problem = $5
     where site_key = $1 and refund_key = $2`,
    [order.site_key, refund.refund_key, new Date(now), order.order_id, problem],
  );
  if (problem) return;
  const reward = await lockReward(tx, order.site_key, order.order_id);
  if (!reward) return;
  const full = refund.kind === 'cancellation' || refunded >= total;
  await applyRewardEvent(
    tx,
    site,
    reward,
    refund.kind === 'cancellation'
      ? { type: 'cancel' }
      : {
          type: 'refund',
          full,
          amountMinor: reducedReward(
            reward.rule,
            Number(reward.original_minor),
            Number(reward.amount_minor),
            total,
            total - refunded,
          ),
        },
    {
      actor: `order:${refund.source}`,
      reason:
        refund.kind === 'cancellation'
          ? 'order cancelled'
          : `refund of ${refund.amount_minor} minor units (${refunded} of ${total} refunded)`,
      factKey: refund.refund_key,
      now,
      evidence: { refundKey: refund.refund_key, refundedMinor: refunded, totalMinor: total },
    },
  );
}
