import type { ReferralOffer } from '@grapevine/core';
import type { Fulfilment } from './coupons/config.js';
import type { NpsEmailConfig, ReferralEmailConfig } from './email-nps/config.js';
import type { Brand, SiteAlerts, SiteEmail } from './mail/settings.js';
import type { Money } from './orders/facts.js';
import type { OrderSourcesConfig } from './orders/sources/config.js';

/** One shop (site key) served by this server. */
export interface Site {
  /** Public identifier the widget sends with every request. */
  siteKey: string;
  /** Shared with the shop's backend to sign advocates (HMAC-SHA256). Never sent to browsers. */
  secret: string;
  /** Exact origins (`https://shop.example`) allowed to call the API from a browser. */
  origins: string[];
  /** The share link; `{code}` is replaced by the advocate's code. */
  landingUrl: string;
  /** The double-sided offer shown to advocates and friends. */
  offer: ReferralOffer;
  /** At most this many claims per referral code per UTC day. @default 10 */
  claimsPerCodePerDay: number;
  /** Whether an unsigned visitor may get an anonymous referral link. @default false */
  allowUnsignedReferrals: boolean;
  /** Days a friend's coupon stays valid. @default 30 */
  couponValidDays: number;
  /**
   * Signs the shop server's calls to the orders API (and the coupon check/redeem API):
   * `Grapevine-Signature: t=…,v1=HMAC-SHA256(apiSecret, …)`. Never sent to browsers; without
   * it those endpoints answer 401.
   */
  apiSecret?: string;
  /** Caps and review rules for advocate rewards. */
  limits: RewardLimits;
  /** Where `conversion.credited`, `reward.approved` and `nps.detractor` are POSTed. */
  webhook?: { url: string; secret: string };
  /** How friend coupons and advocate rewards are fulfilled. @default { provider: 'webhook' } */
  fulfilment?: Fulfilment;
  /** Platforms whose signed order webhooks this site accepts (`/webhooks/<platform>/<siteKey>`). */
  orderSources?: OrderSourcesConfig;
  /** Email: on or off, sender, support address, basis per flow. @default off */
  email?: SiteEmail;
  /** Name, colour and logo in emails and hosted pages. @default the site key in indigo */
  brand?: Brand;
  /** Where detractor alerts are posted besides the support address. */
  alerts?: SiteAlerts;
  /** NPS by email after verified orders (see the README's "NPS by email"). @default off */
  npsEmail?: NpsEmailConfig;
  /** Referral emails after verified orders (see the README's "Referral emails"). @default off */
  referralEmail?: ReferralEmailConfig;
}

/** The sites by key. */
export type SiteRegistry = ReadonlyMap<string, Site>;

/** Per-site limits on advocate rewards and friend claims (see the README's "Reward limits"). */
export interface RewardLimits {
  /** The largest reward one conversion can earn; a larger one is clamped to it. @default none */
  maxReward?: Money;
  /** Rewards one advocate earns per rolling 30 days; the ones beyond wait for review. @default 20 */
  rewardsPer30Days: number;
  /** A reward above this waits for a person to approve it. @default none */
  reviewAbove?: Money;
  /** This many conversions on one code within an hour hold the next one for review. @default 5 */
  velocityPerHour: number;
  /** Coupons one visitor id may claim per day, whatever the emails. @default 2 */
  claimsPerVisitorPerDay: number;
  /** Coupons one client address (an IPv6 /64) may claim per day; shared networks need room. @default 5 */
  claimsPerAddressPerDay: number;
}

/** The limits of a site that configures none. */
export const DEFAULT_LIMITS: RewardLimits = {
  rewardsPer30Days: 20,
  velocityPerHour: 5,
  claimsPerVisitorPerDay: 2,
  claimsPerAddressPerDay: 5,
};
