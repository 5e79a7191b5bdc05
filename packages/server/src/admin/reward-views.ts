/**
 * What the dashboard shows about rewards, in the shapes its pages render. Money is in the
 * currency's minor unit, as stored. The queries in `reward-queries.ts` fill these.
 */

// The states and their order come from the one state machine (the rewards table's filters).
import type { RewardState } from '../rewards/state-machine.js';

export { REWARD_STATES, type RewardState } from '../rewards/state-machine.js';

/** A fraud signal recorded when the reward was held, e.g. `{ code: 'same-ip' }`. */
export interface RewardSignal {
  code: string;
  /** Free text from the evidence (numbers, the cap): shown escaped. */
  detail?: string;
}

/** One row of the rewards table. */
export interface RewardRow {
  /** A reward is one per verified order: its id is the order's id. */
  id: string;
  state: RewardState;
  amountMinor: number;
  currency: string;
  orderId: string;
  orderTotalMinor: number;
  orderCurrency: string;
  /** Where the order was confirmed: `api`, `shopify`, `stripe`, `woocommerce`. */
  source: string;
  /** The advocate's referral code. */
  code: string;
  advocateName: string | null;
  advocateId: string | null;
  createdAt: Date;
  /** When a pending reward approves by itself, if nothing voids it first. */
  approvesAt: Date | null;
  updatedAt: Date;
}

/** A held reward with the evidence a person needs to decide. */
export interface HeldReward extends RewardRow {
  discountCodes: readonly string[];
  friendEmail: string | null;
  friendVisitorId: string | null;
  advocateEmail: string | null;
  signals: readonly RewardSignal[];
}

/** One transition in the audit log. */
export interface AuditEntry {
  rewardId: string;
  orderId: string;
  at: Date;
  /** Who did it: `system`, `admin:<name>`, an order source. */
  actor: string;
  fromState: RewardState | null;
  toState: RewardState;
  reason: string | null;
}
