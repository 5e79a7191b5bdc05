import type { ServerContext } from '../context.js';
import { enqueueWebhook } from '../webhooks/enqueue.js';
import { advocateRef } from './conversions.js';

interface ApprovedRow {
  site_key: string;
  order_id: string;
  code: string;
  reward_amount: number;
  reward_currency: string;
  advocate_id: string | null;
  email_norm: string | null;
}

/**
 * Approves every pending reward whose return window has passed and queues a
 * `reward.approved` webhook for each. Idempotent: an approved reward is never approved again.
 * @returns how many rewards were approved now.
 */
export async function approveDueRewards(ctx: ServerContext): Promise<number> {
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const rows = await tx.query<ApprovedRow>(
      `with approved as (
         update conversions set status = 'approved', approved_at = $1
         where status = 'pending' and approves_at <= $1
         returning site_key, order_id, code, reward_amount::float8 as reward_amount, reward_currency)
       select a.*, r.advocate_id, r.email_norm from approved a join referrals r on r.code = a.code`,
      [new Date(now)],
    );
    for (const row of rows) {
      const site = ctx.sites.get(row.site_key);
      if (!site) continue;
      await enqueueWebhook(
        tx,
        site,
        'reward.approved',
        row.order_id,
        {
          orderId: row.order_id,
          code: row.code,
          advocate: advocateRef(row),
          reward: { amount: row.reward_amount, currency: row.reward_currency },
        },
        now,
      );
    }
    return rows.length;
  });
}
