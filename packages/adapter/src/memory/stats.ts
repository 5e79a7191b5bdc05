import type { AdvocateStats, GrapevineEvent, PurchaseEvent, Reward } from '@grapevine/core';

/** What {@link advocateStats} counts from. */
export interface StatsInput {
  /** The advocate's code; `undefined` when the advocate has none yet (all zeros). */
  code: string | undefined;
  /** What the advocate gets per conversion. */
  reward: Reward;
  events: readonly GrapevineEvent[];
  /** Successful friend claims of the code. */
  claims: number;
  now: number;
  /** A conversion's reward is pending until this long after the purchase. */
  returnWindow: number;
}

function rewardFor(reward: Reward, purchase: PurchaseEvent): number {
  if (reward.kind === 'amount') return reward.value ?? 0;
  if (reward.kind === 'percent') return (purchase.total * (reward.value ?? 0)) / 100;
  return 0;
}

/**
 * The advocate's numbers: clicks are distinct visitors who arrived through the code,
 * conversions distinct orders that carried it, rewards per conversion split into earned
 * (past the return window) and pending.
 */
export function advocateStats(input: StatsInput): AdvocateStats {
  const stats: AdvocateStats = {
    clicks: 0,
    claims: input.claims,
    conversions: 0,
    rewardsEarned: 0,
    rewardsPending: 0,
  };
  if (input.code === undefined) return stats;
  const visitors = new Set<string>();
  const orders = new Map<string, PurchaseEvent>();
  for (const event of input.events) {
    if (event.type === 'referral-captured' && event.code === input.code)
      visitors.add(event.visitorId);
    if (event.type === 'purchase' && event.referralCode === input.code)
      orders.set(event.orderId, event);
  }
  stats.clicks = visitors.size;
  stats.conversions = orders.size;
  for (const purchase of orders.values()) {
    const amount = rewardFor(input.reward, purchase);
    if (input.now - purchase.at >= input.returnWindow) stats.rewardsEarned += amount;
    else stats.rewardsPending += amount;
    stats.currency ??= input.reward.currency ?? purchase.currency;
  }
  return stats;
}
