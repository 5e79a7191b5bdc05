import type { PurchaseEvent, Reward } from '@grapevine/core';
import type { ServerContext } from '../context.js';
import type { Queryable } from '../db/database.js';
import type { Site } from '../site.js';
import { enqueueWebhook } from '../webhooks/enqueue.js';
import { findReferral, isAdvocateVisitor, type ReferralRow } from './referrals.js';

/** Why a purchase did or did not credit an advocate. */
export type CreditOutcome =
  | 'credited'
  | 'no-referral'
  | 'unknown-code'
  | 'self-referral'
  | 'outside-window'
  | 'already-credited';

/** The advocate's reward for an order, rounded to cents. */
export function advocateReward(
  reward: Reward,
  total: number,
  currency: string,
): { amount: number; currency: string } {
  const cents = (value: number) => Math.round(value * 100) / 100;
  if (reward.kind === 'percent')
    return { amount: cents((total * (reward.value ?? 0)) / 100), currency };
  if (reward.kind === 'amount')
    return { amount: cents(reward.value ?? 0), currency: reward.currency ?? currency };
  return { amount: 0, currency };
}

/**
 * Credits the advocate for a purchase made through their code, inside the caller's
 * transaction. The code comes from the event (captured `?ref=`) or from a friend coupon,
 * which is redeemed once. An order credits at most once.
 */
export async function creditPurchase(
  ctx: ServerContext,
  tx: Queryable,
  site: Site,
  event: PurchaseEvent,
  now: number,
): Promise<CreditOutcome> {
  const fromCoupon = event.coupon ? await redeemCoupon(tx, site, event.coupon, now) : null;
  const code = event.referralCode ?? fromCoupon;
  if (!code) return 'no-referral';
  const referral = await findReferral(tx, site, code);
  if (!referral) return 'unknown-code';
  if (await isSelfReferral(tx, referral, event)) return 'self-referral';
  const arrivedAt = await firstArrival(tx, referral.code, event.visitorId);
  if (arrivedAt !== null && now - arrivedAt > ctx.policy.attributionMs) return 'outside-window';

  const reward = advocateReward(site.offer.advocate, event.total, event.currency);
  const approvesAt = now + ctx.policy.returnWindowMs;
  const inserted = await tx.query(
    `insert into conversions (site_key, order_id, code, visitor_id, total, currency, reward_amount, reward_currency, status, credited_at, approves_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, 'pending', $9, $10)
     on conflict (site_key, order_id) do nothing returning order_id`,
    [
      site.siteKey,
      event.orderId,
      referral.code,
      event.visitorId,
      event.total,
      event.currency,
      reward.amount,
      reward.currency,
      new Date(now),
      new Date(approvesAt),
    ],
  );
  if (inserted.length === 0) return 'already-credited';
  await enqueueWebhook(
    tx,
    site,
    'conversion.credited',
    event.orderId,
    {
      orderId: event.orderId,
      code: referral.code,
      advocate: advocateRef(referral),
      total: event.total,
      currency: event.currency,
      reward: { ...reward, status: 'pending', approvesAt: new Date(approvesAt).toISOString() },
    },
    now,
  );
  return 'credited';
}

/** Who to credit, as the shop knows them: its customer id, else the (normalized) email. */
export function advocateRef(referral: Pick<ReferralRow, 'advocate_id' | 'email_norm'>) {
  return {
    ...(referral.advocate_id ? { id: referral.advocate_id } : {}),
    ...(referral.email_norm ? { email: referral.email_norm } : {}),
  };
}

async function redeemCoupon(tx: Queryable, site: Site, coupon: string, now: number) {
  const rows = await tx.query<{ code: string }>(
    `update claims set redeemed_at = $3
     where site_key = $1 and coupon = $2 and redeemed_at is null and status = 'claimed'
       and coupon_expires_at >= $3
     returning code`,
    [site.siteKey, coupon.trim().toUpperCase(), new Date(now)],
  );
  return rows[0]?.code ?? null;
}

async function isSelfReferral(tx: Queryable, referral: ReferralRow, event: PurchaseEvent) {
  if (event.advocateId !== undefined && event.advocateId === referral.advocate_id) return true;
  if (await isAdvocateVisitor(tx, referral, event.visitorId)) return true;
  const flagged = await tx.query(
    `select 1 from claims where code = $1 and friend_visitor_id = $2 and status = 'self-referral'`,
    [referral.code, event.visitorId],
  );
  return flagged.length > 0;
}

/**
 * When this visitor first arrived through the code (captured link or claim), or `null` when
 * the server never saw it; the browser's capture itself expires with the window then.
 */
async function firstArrival(tx: Queryable, code: string, visitorId: string) {
  const rows = await tx.query<{ first: Date | null }>(
    `select least(
       (select min(occurred_at) from events where code = $1 and visitor_id = $2 and type = 'referral-captured'),
       (select min(claimed_at) from claims where code = $1 and friend_visitor_id = $2)
     ) as first`,
    [code, visitorId],
  );
  return rows[0]?.first ? rows[0].first.getTime() : null;
}
