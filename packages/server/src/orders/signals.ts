import { DAY } from '../clock.js';
import type { Queryable } from '../db/database.js';
import type { ReferralRow } from '../services/referrals.js';
import type { Attribution } from './attribution.js';
import type { OrderRow } from './order-store.js';

/** Why a reward waits for a person. */
export type HoldSignal =
  | 'above-review-threshold'
  | 'limit-in-other-currency'
  | 'advocate-cap'
  | 'velocity'
  | 'same-ip'
  | 'same-device';

/** What review needs to see, stored as the reward's evidence. */
export interface FraudEvidence {
  signals: HoldSignal[];
  /** Rewards of this advocate in the 30 days before this one (not counting voided ones). */
  rewardsLast30Days: number;
  /** Conversions on this code in the hour before this one. */
  conversionsLastHour: number;
  /** How many distinct client-address hashes the friend and the advocate share. */
  sharedIpHashes: number;
  /** Friend visitor ids seen sharing this advocate's link. */
  sharedVisitorIds: string[];
}

const HOUR = 3_600_000;

/**
 * Whether the order is the advocate's own: the same customer id, the same (normalized)
 * email, a visitor seen acting as the advocate, or a claim already flagged as self-referral.
 * Those never earn a reward.
 */
export async function isSelfReferral(
  tx: Queryable,
  referral: ReferralRow,
  order: OrderRow,
  attribution: Attribution,
): Promise<boolean> {
  if (referral.advocate_id && order.customer_id === referral.advocate_id) return true;
  if (referral.email_norm && order.email_norm === referral.email_norm) return true;
  if (referral.email_norm && attribution.friendEmail === referral.email_norm) return true;
  const visitors = attribution.friendVisitorIds;
  if (visitors.length === 0) return false;
  const rows = await tx.query(
    `select 1 where exists (select 1 from advocate_visitors where site_key = $1 and advocate_id = $2 and visitor_id = any($3))
       or exists (select 1 from claims where code = $4 and status = 'self-referral' and friend_visitor_id = any($3))`,
    [referral.site_key, referral.advocate_id ?? '', visitors, referral.code],
  );
  return rows.length > 0;
}

/**
 * The fraud and limit signals of a new reward, read under the advocate's lock: velocity on
 * the code, the advocate's 30-day count, a client address or a device shared by the friend
 * and the advocate. (Review thresholds are added by the caller, which knows the amount.)
 */
export async function fraudEvidence(
  tx: Queryable,
  referral: ReferralRow,
  order: OrderRow,
  attribution: Attribution,
  limits: { rewardsPer30Days: number; velocityPerHour: number },
  now: number,
): Promise<FraudEvidence> {
  const [counts] = await tx.query<{ month: number; hour: number }>(
    `select
       count(*) filter (where created_at > $2)::int as month,
       count(*) filter (where created_at > $3)::int as hour
     from rewards where code = $1 and state not in ('voided', 'rejected', 'reversed')`,
    [referral.code, new Date(now - 30 * DAY), new Date(now - HOUR)],
  );
  const friendIps = await tx.query<{ hash: string }>(
    `select client_ip_hash as hash from events
       where site_key = $1 and visitor_id = any($2) and client_ip_hash is not null
     union select client_ip_hash from claims
       where site_key = $1 and client_ip_hash is not null and (id = $3 or friend_visitor_id = any($2))`,
    [order.site_key, attribution.friendVisitorIds, attribution.claimId ?? ''],
  );
  // The advocate's devices: those a signed POST /v1/referrals named, and those that shared
  // the code. An event's own advocateId is unsigned and not read.
  const advocate = await tx.query<{ hash: string | null; visitor_id: string }>(
    `select distinct client_ip_hash as hash, visitor_id from events
     where site_key = $1 and (visitor_id in (
         select visitor_id from advocate_visitors where site_key = $1 and advocate_id = $2)
       or (code = $3 and type in ('share', 'copy')))`,
    [order.site_key, referral.advocate_id ?? '', referral.code],
  );
  const advocateIps = new Set(advocate.map((row) => row.hash).filter(Boolean));
  const sharedIpHashes = new Set(friendIps.map((row) => row.hash).filter((h) => advocateIps.has(h)))
    .size;
  const advocateVisitors = new Set(advocate.map((row) => row.visitor_id));
  const sharedVisitorIds = attribution.friendVisitorIds.filter((v) => advocateVisitors.has(v));
  const month = counts?.month ?? 0;
  const hour = counts?.hour ?? 0;
  const signals: HoldSignal[] = [];
  if (month >= limits.rewardsPer30Days) signals.push('advocate-cap');
  if (hour >= limits.velocityPerHour) signals.push('velocity');
  if (sharedIpHashes > 0) signals.push('same-ip');
  if (sharedVisitorIds.length > 0) signals.push('same-device');
  return {
    signals,
    rewardsLast30Days: month,
    conversionsLastHour: hour,
    sharedIpHashes,
    sharedVisitorIds,
  };
}
