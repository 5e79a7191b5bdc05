import type { ReferralOffer } from '@grapevine/core';
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
  /** Where `conversion.credited`, `reward.approved` and `nps.detractor` are POSTed. */
  webhook?: { url: string; secret: string };
  /** Platforms whose signed order webhooks this site accepts (`/webhooks/<platform>/<siteKey>`). */
  orderSources?: OrderSourcesConfig;
}

/** The sites by key. */
export type SiteRegistry = ReadonlyMap<string, Site>;
