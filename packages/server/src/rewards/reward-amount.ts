import type { Reward } from '@grapevine/core';
import { percentOf, proRata, toMinor } from '../money.js';
import type { Money } from '../orders/facts.js';
import type { RewardLimits } from '../site.js';

/**
 * The rule a reward was computed with, stored with it so that a later refund is applied by
 * the rule of the day of the order, not by today's configuration.
 */
export interface RewardRule {
  kind: Reward['kind'];
  /** Percent for `percent`; minor units of `currency` for `amount`. */
  value: number;
  /** The cap that applied, in minor units of the reward's currency. */
  capMinor?: number;
}

/** An advocate's reward for a verified order, before review rules. */
export interface ComputedReward {
  amountMinor: number;
  currency: string;
  rule: RewardRule;
  /** The site's `maxReward` lowered it. */
  clamped: boolean;
  /** A cap or threshold exists in another currency than the reward's: a person must look. */
  currencyMismatch: boolean;
}

/**
 * The advocate's reward for an order of `total` (verified): `percent` of the total, a fixed
 * `amount`, or nothing for a `custom` reward (fulfilled by the shop, e.g. a gift). Clamped to
 * the site's `maxReward` when in the same currency.
 * @example computeReward({ kind: 'percent', value: 10 }, { minor: 12990, currency: 'EUR' }, limits)
 * // → { amountMinor: 1299, currency: 'EUR', … }
 */
export function computeReward(
  reward: Reward,
  total: Money,
  limits: Pick<RewardLimits, 'maxReward' | 'reviewAbove'>,
): ComputedReward {
  let amountMinor = 0;
  let currency = total.currency;
  let value = 0;
  if (reward.kind === 'percent') {
    value = reward.value ?? 0;
    amountMinor = percentOf(total.minor, value);
  } else if (reward.kind === 'amount') {
    currency = reward.currency ?? total.currency;
    value = toMinor(String(reward.value ?? 0), currency);
    amountMinor = value;
  }
  const cap = limits.maxReward?.currency === currency ? limits.maxReward.minor : undefined;
  const clamped = cap !== undefined && amountMinor > cap;
  if (cap !== undefined && clamped) amountMinor = cap;
  const currencyMismatch =
    amountMinor > 0 &&
    [limits.maxReward, limits.reviewAbove].some((m) => m !== undefined && m.currency !== currency);
  return {
    amountMinor,
    currency,
    rule: { kind: reward.kind, value, ...(cap === undefined ? {} : { capMinor: cap }) },
    clamped,
    currencyMismatch,
  };
}

/**
 * What a reward is worth once the order has `remainingMinor` of `totalMinor` left:
 * a percent reward is the percentage of what remains (capped as before), an amount reward
 * its pro-rata share (a fixed reward for an order of which a quarter was returned keeps
 * three quarters). Never more than `currentMinor`.
 * @example reducedReward({ kind: 'amount', value: 1000 }, 1000, 8000, 6000) // 750
 */
export function reducedReward(
  rule: RewardRule,
  originalMinor: number,
  currentMinor: number,
  totalMinor: number,
  remainingMinor: number,
): number {
  if (remainingMinor <= 0 || totalMinor <= 0) return 0;
  let next: number;
  if (rule.kind === 'percent') {
    next = percentOf(Math.min(remainingMinor, totalMinor), rule.value);
    if (rule.capMinor !== undefined) next = Math.min(next, rule.capMinor);
  } else {
    next = proRata(originalMinor, Math.min(remainingMinor, totalMinor), totalMinor);
  }
  return Math.min(currentMinor, next);
}
