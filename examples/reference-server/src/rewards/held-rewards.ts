import type { Queryable } from '../db/database.js';

/** A reward waiting for a person, with everything review needs. */
export interface HeldReward {
  orderId: string;
  code: string;
  advocate: { id: string | null; email: string | null; firstName: string | null };
  friend: { visitorId: string | null; email: string | null };
  /** Minor units of `currency`. */
  amountMinor: number;
  currency: string;
  orderTotalMinor: number;
  orderCurrency: string;
  /** The hold signals, comma-separated (`above-review-threshold, same-ip`). */
  heldReason: string | null;
  /**
   * The signals and facts behind them: `signals`, `attribution`, `order`, `friend`,
   * `advocate`, `rewardsLast30Days`, `conversionsLastHour`, `sharedIpHashes`,
   * `sharedVisitorIds`, `clamped`.
   */
  evidence: Record<string, unknown>;
  approvesAt: Date;
  createdAt: Date;
}

interface Row {
  order_id: string;
  code: string;
  advocate_id: string | null;
  email_norm: string | null;
  first_name: string | null;
  friend_visitor_id: string | null;
  friend_email_norm: string | null;
  amount_minor: number;
  currency: string;
  order_total_minor: number;
  order_currency: string;
  held_reason: string | null;
  evidence: Record<string, unknown>;
  approves_at: Date;
  created_at: Date;
}

/**
 * The site's held rewards, oldest first (the review queue).
 * @example await heldRewards(ctx.db, site.siteKey, { limit: 50 })
 */
export async function heldRewards(
  db: Queryable,
  siteKey: string,
  options: { limit?: number } = {},
): Promise<HeldReward[]> {
  const rows = await db.query<Row>(
    `select w.order_id, w.code, r.advocate_id, r.email_norm, r.first_name, w.friend_visitor_id,
       w.friend_email_norm, w.amount_minor::float8 as amount_minor, w.currency,
       w.order_total_minor::float8 as order_total_minor, w.order_currency, w.held_reason,
       w.evidence, w.approves_at, w.created_at
     from rewards w join referrals r on r.code = w.code
     where w.site_key = $1 and w.state = 'held'
     order by w.created_at, w.order_id limit $2`,
    [siteKey, options.limit ?? 100],
  );
  return rows.map((row) => ({
    orderId: row.order_id,
    code: row.code,
    advocate: { id: row.advocate_id, email: row.email_norm, firstName: row.first_name },
    friend: { visitorId: row.friend_visitor_id, email: row.friend_email_norm },
    amountMinor: row.amount_minor,
    currency: row.currency,
    orderTotalMinor: row.order_total_minor,
    orderCurrency: row.order_currency,
    heldReason: row.held_reason,
    evidence: row.evidence,
    approvesAt: row.approves_at,
    createdAt: row.created_at,
  }));
}

/** One entry of a reward's audit log. */
export interface RewardAuditEntry {
  fromState: string | null;
  toState: string;
  amountChangeMinor: number;
  actor: string;
  reason: string;
  evidence: Record<string, unknown> | null;
  at: Date;
}

/** A reward's audit log, oldest first. */
export async function rewardAudit(
  db: Queryable,
  siteKey: string,
  orderId: string,
): Promise<RewardAuditEntry[]> {
  return db.query<RewardAuditEntry>(
    `select from_state as "fromState", to_state as "toState",
       amount_change_minor::float8 as "amountChangeMinor", actor, reason, evidence, at
     from reward_audit where site_key = $1 and order_id = $2 order by id`,
    [siteKey, orderId],
  );
}
