import type { ServerContext } from '../context.js';
import type { Queryable } from '../db/database.js';
import { HttpError } from '../errors.js';
import {
  applyRewardEvent,
  lockReward,
  type RewardActor,
  type RewardRow,
} from '../rewards/apply-event.js';
import type { Transition } from '../rewards/state-machine.js';
import type { Site } from '../site.js';

// One tick approves at most this many; the next tick takes the rest.
const APPROVALS_PER_TICK = 500;

/**
 * Approves every `pending` reward whose return window has passed, through the state machine,
 * and queues a `reward.approved` webhook for each. Held rewards wait for a person. Rows are
 * leased with `for update skip locked`, so several server processes share the work.
 * @returns how many rewards were approved now.
 */
export async function approveDueRewards(ctx: ServerContext): Promise<number> {
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const due = await tx.query<{ site_key: string; order_id: string }>(
      `select site_key, order_id from rewards where state = 'pending' and approves_at <= $1
       order by approves_at limit $2 for update skip locked`,
      [new Date(now), APPROVALS_PER_TICK],
    );
    let approved = 0;
    for (const { site_key, order_id } of due) {
      const site = ctx.sites.get(site_key);
      const reward = site ? await lockReward(tx, site_key, order_id) : null;
      if (!site || !reward) continue;
      const result = await applyRewardEvent(
        tx,
        site,
        reward,
        { type: 'window-passed' },
        { actor: 'system', reason: 'the return window is over', now },
      );
      if (result.kind === 'move') approved += 1;
    }
    return approved;
  });
}

/** A person's decision on a held reward. */
export interface ReviewDecision {
  /** Who decides: `admin:<name>` as the dashboard knows them. */
  actor: `admin:${string}`;
  /** Why, in the reviewer's words; stored in the audit log. */
  reason: string;
}

/**
 * A person approves a held reward: it is approved now when the return window is over,
 * otherwise it goes back to `pending` and the tick approves it when the window ends.
 * @throws HttpError 404 for an unknown order, 409 when the reward is not held.
 */
export function approveHeldReward(
  ctx: ServerContext,
  site: Site,
  orderId: string,
  decision: ReviewDecision,
): Promise<Transition> {
  const now = ctx.clock.now();
  return decide(ctx, site, orderId, decision, (reward) => ({
    type: 'approve',
    windowPassed: reward.approves_at.getTime() <= now,
  }));
}

/**
 * A person rejects a held (or still pending) reward: it ends as `rejected`, with a
 * `reward.voided` webhook.
 * @throws HttpError 404 for an unknown order, 409 when the reward cannot be rejected.
 */
export function rejectHeldReward(
  ctx: ServerContext,
  site: Site,
  orderId: string,
  decision: ReviewDecision,
): Promise<Transition> {
  return decide(ctx, site, orderId, decision, () => ({ type: 'reject' }));
}

async function decide(
  ctx: ServerContext,
  site: Site,
  orderId: string,
  decision: ReviewDecision,
  event: (reward: RewardRow) => Parameters<typeof applyRewardEvent>[3],
): Promise<Transition> {
  const reason = decision.reason.trim();
  if (!reason) throw new HttpError(400, 'invalid-request', 'reason: required');
  const now = ctx.clock.now();
  const result = await ctx.db.transaction(async (tx) => {
    const reward = await lockReward(tx, site.siteKey, orderId);
    if (!reward) throw new HttpError(404, 'unknown-reward', 'No reward for this order.');
    return applyRewardEvent(tx, site, reward, event(reward), {
      actor: decision.actor,
      reason,
      now,
    });
  });
  if (result.kind === 'refused') throw new HttpError(409, 'reward-state', result.reason);
  return result;
}

/**
 * Records that an approved reward was issued (called by the fulfilment job inside its
 * transaction): `approved → fulfilled`, with what was issued. Repeating it is harmless.
 * @returns the machine's verdict: `refused` when the reward is no longer approved (it was
 *   reversed meanwhile) or unknown; the caller must not issue it then.
 */
export async function markRewardFulfilled(
  tx: Queryable,
  site: Site,
  orderId: string,
  detail: { actor?: RewardActor; fulfilment: Record<string, unknown>; now: number },
): Promise<Transition> {
  const reward = await lockReward(tx, site.siteKey, orderId);
  if (!reward) return { kind: 'refused', reason: 'no reward for this order' };
  return applyRewardEvent(
    tx,
    site,
    reward,
    { type: 'fulfil' },
    {
      actor: detail.actor ?? 'system',
      reason: 'issued',
      now: detail.now,
      fulfilment: detail.fulfilment,
    },
  );
}
