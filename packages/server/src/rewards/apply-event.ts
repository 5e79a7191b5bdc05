import { enqueueRewardFulfilment } from '../coupons/reward-jobs.js';
import type { Queryable } from '../db/database.js';
import { platformIssuesRewards, queueRewardApproved } from '../mail/notices.js';
import { formatMinor } from '../money.js';
import { advocateRef } from '../services/advocate-ref.js';
import type { Site } from '../site.js';
import { enqueueWebhook } from '../webhooks/enqueue.js';
import type { RewardRule } from './reward-amount.js';
import {
  type RewardEvent,
  type RewardState,
  type Transition,
  transition,
} from './state-machine.js';

/** A reward row as the services read it. */
export interface RewardRow {
  site_key: string;
  order_id: string;
  code: string;
  state: RewardState;
  amount_minor: number;
  original_minor: number;
  reversed_minor: number;
  currency: string;
  approves_at: Date;
  rule: RewardRule;
  advocate_id: string | null;
  email_norm: string | null;
}

/** Who moved a reward: `system`, `order:<source>` or `admin:<who>`. */
export type RewardActor = 'system' | `order:${string}` | `admin:${string}`;

/** What accompanies an event: who, why, and for webhooks the key of the fact behind it. */
export interface RewardEventContext {
  actor: RewardActor;
  reason: string;
  now: number;
  /** Makes the webhook id unique per fact (a refund's key); the order id alone by default. */
  factKey?: string;
  evidence?: Record<string, unknown>;
  /** Stored with `fulfil`: what was issued (provider, code, ids). */
  fulfilment?: Record<string, unknown>;
}

/**
 * Locks one reward (`for update`) and returns it, or `null` when the order has none.
 * Amounts are read as numbers: they stay below 2^53 (checked on the way in).
 */
export async function lockReward(
  tx: Queryable,
  siteKey: string,
  orderId: string,
): Promise<RewardRow | null> {
  const rows = await tx.query<RewardRow>(
    `select w.site_key, w.order_id, w.code, w.state, w.amount_minor::float8 as amount_minor,
       w.original_minor::float8 as original_minor, w.reversed_minor::float8 as reversed_minor,
       w.currency, w.approves_at, w.rule, r.advocate_id, r.email_norm
     from rewards w join referrals r on r.code = w.code
     where w.site_key = $1 and w.order_id = $2 for update of w`,
    [siteKey, orderId],
  );
  return rows[0] ?? null;
}

/**
 * Applies one event to a locked reward through the state machine, inside the caller's
 * transaction: updates the row, appends the audit entry and queues the transition's webhook
 * (its id derived from the order and `factKey`, so a replayed fact never queues twice).
 * @returns the machine's verdict; `refused` and `unchanged` write nothing.
 */
export async function applyRewardEvent(
  tx: Queryable,
  site: Site,
  reward: RewardRow,
  event: RewardEvent,
  context: RewardEventContext,
): Promise<Transition> {
  const result = transition(
    { state: reward.state, amountMinor: Number(reward.amount_minor) },
    event,
  );
  if (result.kind !== 'move') return result;
  const at = new Date(context.now);
  await tx.query(
    `update rewards set state = $3, amount_minor = $4, reversed_minor = reversed_minor + $5,
       approved_at = case when $3 = 'approved' and approved_at is null then $6 else approved_at end,
       fulfilled_at = case when $3 = 'fulfilled' then $6 else fulfilled_at end,
       fulfilment = coalesce($7::text::jsonb, fulfilment),
       held_reason = case when $3 = 'held' then held_reason else null end,
       updated_at = $6
     where site_key = $1 and order_id = $2`,
    [
      reward.site_key,
      reward.order_id,
      result.to,
      result.amountMinor,
      result.reversedMinor,
      at,
      context.fulfilment ? JSON.stringify(context.fulfilment) : null,
    ],
  );
  await tx.query(
    `insert into reward_audit (site_key, order_id, from_state, to_state, amount_change_minor, actor, reason, evidence, at)
     values ($1, $2, $3, $4, $5, $6, $7, $8::text::jsonb, $9)`,
    [
      reward.site_key,
      reward.order_id,
      result.from,
      result.to,
      result.changeMinor,
      context.actor,
      context.reason,
      context.evidence ? JSON.stringify(context.evidence) : null,
      at,
    ],
  );
  // Approved rewards are issued by the site's platform, in a job queued with the approval.
  if (result.to === 'approved') {
    await enqueueRewardFulfilment(tx, site, reward, result.amountMinor, context.now);
  }
  // The advocate hears once: at approval, or where the platform issues a code, when it exists.
  const issuedCode = context.fulfilment?.code;
  if (
    (result.to === 'approved' && !platformIssuesRewards(site)) ||
    (result.to === 'fulfilled' && platformIssuesRewards(site))
  ) {
    await queueRewardApproved(
      tx,
      site,
      {
        orderId: reward.order_id,
        code: reward.code,
        amountMinor: result.amountMinor,
        currency: reward.currency,
        ...(typeof issuedCode === 'string' ? { rewardCode: issuedCode } : {}),
      },
      context.now,
    );
  }
  if (result.webhook) {
    const subject = context.factKey ? `${reward.order_id}\n${context.factKey}` : reward.order_id;
    await enqueueWebhook(
      tx,
      site,
      result.webhook,
      subject,
      {
        orderId: reward.order_id,
        code: reward.code,
        advocate: advocateRef(reward),
        state: result.to,
        reward: moneyOf(result.amountMinor, reward.currency),
        ...(result.changeMinor === 0
          ? {}
          : { change: moneyOf(result.changeMinor, reward.currency) }),
        ...(result.reversedMinor === 0
          ? {}
          : { reversed: moneyOf(result.reversedMinor, reward.currency) }),
        reason: context.reason,
      },
      context.now,
    );
  }
  return result;
}

/** Money in webhooks: the exact decimal string, the minor units and the currency. */
export function moneyOf(minor: number, currency: string) {
  return { amount: formatMinor(minor, currency), amountMinor: minor, currency };
}
