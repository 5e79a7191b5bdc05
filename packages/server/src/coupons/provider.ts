import type { Money } from '../orders/facts.js';

/** A discount as platforms express it: a percentage, or a fixed amount in a currency. */
export type Discount = { kind: 'percent'; percent: number } | { kind: 'amount'; amount: Money };

/** A friend's coupon to create at the provider: exactly `code`, once, for one customer. */
export interface FriendCoupon {
  /** The claim's id: the natural key every retry of this creation shares. */
  claimId: string;
  /** The code Grapevine chose and already showed the friend. */
  code: string;
  discount: Discount;
  /** The friend's email (normalized); providers that can restrict a code by email do. */
  email: string;
  /** Epoch ms. */
  startsAt: number;
  /** Epoch ms; the code stops working after it. */
  expiresAt: number;
  /** Which attempt this is (1 = first): a retry looks for what an earlier one created. */
  attempt?: number;
}

/** An approved advocate reward to hand out: a fixed amount, computed from a verified order. */
export interface AdvocateReward {
  /** The reward's natural key (site + order): every retry shares it. */
  rewardId: string;
  /** Exact, in the minor unit. */
  amount: Money;
  /** The code to create when the reward is a code (chosen by Grapevine, like a friend's). */
  code: string;
  /** The advocate's email, when known. */
  email?: string;
  /** The advocate's customer id at the platform (Stripe `cus_…`, Shopify customer GID). */
  customerId?: string;
  startsAt: number;
  expiresAt: number;
  /** Which attempt this is (1 = first). */
  attempt?: number;
}

/** What the provider made for a friend: the id of its object (joined to orders later). */
export interface CreatedCoupon {
  /** Stripe promotion code id, Shopify discount node GID, WooCommerce coupon id. */
  ref: string;
}

/** What the provider made for an advocate. */
export interface FulfilledReward {
  kind: 'discount-code' | 'gift-card' | 'promotion-code' | 'balance-credit' | 'coupon';
  /** The provider's id of what it created. */
  ref: string;
  /** The code the advocate uses, when the reward is one. */
  code?: string;
}

/**
 * The port to a shop platform that creates discount codes (one file per implementation:
 * `shopify.ts`, `stripe.ts`, `woocommerce.ts`). Both calls are idempotent by their natural
 * key: a retry after a timeout finds or replays what the first attempt created, never a
 * second object. Failures throw a {@link ProviderError} saying whether a retry can help.
 */
export interface CouponProvider {
  readonly name: 'shopify' | 'stripe' | 'woocommerce';
  createFriendCoupon(coupon: FriendCoupon): Promise<CreatedCoupon>;
  fulfilReward(reward: AdvocateReward): Promise<FulfilledReward>;
  /**
   * One read-only, authenticated call (a look-up of a code that does not exist), so
   * `grapevine-server doctor` can tell wrong credentials or missing scopes before a customer
   * meets them. Throws a {@link ProviderError} like the other calls.
   */
  verifyAccess(): Promise<void>;
}

/** The code `verifyAccess` looks up: never one Grapevine issues (codes have no dashes). */
export const ACCESS_PROBE_CODE = 'GRAPEVINE-DOCTOR-PROBE';
