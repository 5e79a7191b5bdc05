import type { ServerContext } from '../context.js';
import type { Queryable } from '../db/database.js';
import { queueRewardPending } from '../mail/notices.js';
import { formatMinor } from '../money.js';
import { moneyOf } from '../rewards/apply-event.js';
import { computeReward, reducedReward } from '../rewards/reward-amount.js';
import type { RewardState } from '../rewards/state-machine.js';
import { advocateRef } from '../services/advocate-ref.js';
import type { ReferralRow } from '../services/referrals.js';
import type { Site } from '../site.js';
import { enqueueWebhook } from '../webhooks/enqueue.js';
import { attributeOrder, type NoAttribution } from './attribution.js';
import type { OrderRow } from './order-store.js';
import { fraudEvidence, type HoldSignal, isSelfReferral } from './signals.js';

/** What became of a verified order's referral. */
export type CreditOutcome =
  | { credited: true; state: RewardState; amountMinor: number; currency: string }
  | { credited: false; why: NoAttribution | 'unknown-code' | 'self-referral' | 'already-rewarded' };

/**
 * Credits the advocate for a verified order, inside the caller's transaction (which holds
 * the order's locks): attribution, self-referral checks, the reward from the verified total,
 * the site's limits and fraud signals (which hold the reward for review), the audit entry
 * and the `conversion.credited` webhook. The advocate's referral row is locked first, so
 * the 30-day cap and velocity counts hold with several server processes.
 */
export async function creditOrder(
  ctx: ServerContext,
  tx: Queryable,
  site: Site,
  order: OrderRow,
  names: readonly string[],
): Promise<CreditOutcome> {
  const attribution = await attributeOrder(tx, ctx.policy, order, names);
  if (typeof attribution === 'string') return { credited: false, why: attribution };
  const referrals = await tx.query<ReferralRow>(
    `select code, site_key, advocate_key, advocate_id, email_norm, first_name from referrals
     where code = $1 and site_key = $2 for update`,
    [attribution.code.toUpperCase(), site.siteKey],
  );
  const referral = referrals[0];
  if (!referral) return { credited: false, why: 'unknown-code' };
  if (await isSelfReferral(tx, referral, order, attribution)) {
    ctx.logger.info('self-referral order not credited', {
      siteKey: site.siteKey,
      orderId: order.order_id,
      code: referral.code,
    });
    return { credited: false, why: 'self-referral' };
  }
  const now = ctx.clock.now();
  const total = { minor: Number(order.total_minor), currency: order.currency };
  const reward = computeReward(site.offer.advocate, total, site.limits);
  // A late join (the browser's report came after refunds) earns on what is left.
  const refunded = Number(order.refunded_minor);
  const amountMinor =
    refunded > 0
      ? reducedReward(
          reward.rule,
          reward.amountMinor,
          reward.amountMinor,
          total.minor,
          total.minor - refunded,
        )
      : reward.amountMinor;
  const fraud = await fraudEvidence(tx, referral, order, attribution, site.limits, now);
  const signals: HoldSignal[] = [...fraud.signals];
  const review = site.limits.reviewAbove;
  if (review?.currency === reward.currency && reward.amountMinor > review.minor) {
    signals.unshift('above-review-threshold');
  }
  if (reward.currencyMismatch) signals.unshift('limit-in-other-currency');
  const state: RewardState = signals.length > 0 ? 'held' : 'pending';
  const evidence = {
    signals,
    attribution: withoutUndefined({ ...attribution, friendEmail: undefined }),
    order: {
      id: order.order_id,
      source: order.source,
      total: formatMinor(total.minor, total.currency),
      currency: total.currency,
      customerId: order.customer_id,
      email: order.email_norm,
      discountCodes: order.discount_codes,
      createdAt: order.created_at.toISOString(),
    },
    friend: { visitorIds: attribution.friendVisitorIds, email: attribution.friendEmail ?? null },
    advocate: { code: referral.code, ...advocateRef(referral) },
    rewardsLast30Days: fraud.rewardsLast30Days,
    conversionsLastHour: fraud.conversionsLastHour,
    sharedIpHashes: fraud.sharedIpHashes,
    sharedVisitorIds: fraud.sharedVisitorIds,
    clamped: reward.clamped,
  };
  const approvesAt = Math.min(order.created_at.getTime(), now) + ctx.policy.returnWindowMs;
  const inserted = await tx.query(
    `insert into rewards (site_key, order_id, code, claim_id, attributed_by, friend_visitor_id,
       friend_email_norm, state, amount_minor, original_minor, currency, order_total_minor,
       order_currency, rule, held_reason, evidence, approves_at, created_at, updated_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $18, $10, $11, $12, $13::text::jsonb, $14,
       $15::text::jsonb, $16, $17, $17)
     on conflict do nothing returning order_id`,
    [
      site.siteKey,
      order.order_id,
      referral.code,
      attribution.claimId ?? null,
      attribution.by,
      attribution.friendVisitorIds[0] ?? null,
      attribution.friendEmail ?? null,
      state,
      amountMinor,
      reward.currency,
      total.minor,
      total.currency,
      JSON.stringify(reward.rule),
      signals.length > 0 ? signals.join(', ') : null,
      JSON.stringify(evidence),
      new Date(approvesAt),
      new Date(now),
      reward.amountMinor,
    ],
  );
  if (inserted.length === 0) return { credited: false, why: 'already-rewarded' };
  await tx.query(
    `insert into reward_audit (site_key, order_id, from_state, to_state, amount_change_minor, actor, reason, evidence, at)
     values ($1, $2, null, $3, $4, $5, $6, $7::text::jsonb, $8)`,
    [
      site.siteKey,
      order.order_id,
      state,
      amountMinor,
      `order:${order.source}`,
      state === 'held' ? `verified order; held: ${signals.join(', ')}` : 'verified order',
      JSON.stringify({ signals, attributedBy: attribution.by }),
      new Date(now),
    ],
  );
  if (attribution.claimId) {
    await tx.query('update claims set redeemed_at = coalesce(redeemed_at, $2) where id = $1', [
      attribution.claimId,
      order.created_at,
    ]);
  }
  if (state === 'pending') {
    await queueRewardPending(
      tx,
      site,
      {
        orderId: order.order_id,
        code: referral.code,
        amountMinor,
        currency: reward.currency,
        approvesAt,
      },
      now,
    );
  }
  await enqueueWebhook(
    tx,
    site,
    'conversion.credited',
    order.order_id,
    {
      orderId: order.order_id,
      code: referral.code,
      advocate: advocateRef(referral),
      total: moneyOf(total.minor, total.currency),
      attributedBy: attribution.by,
      reward: {
        ...moneyOf(amountMinor, reward.currency),
        state,
        approvesAt: new Date(approvesAt).toISOString(),
      },
    },
    now,
  );
  return { credited: true, state, amountMinor, currency: reward.currency };
}

function withoutUndefined(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}
