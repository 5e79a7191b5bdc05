import {
  countSchema,
  currencySchema,
  httpUrlSchema,
  idSchema,
  isoDateTimeSchema,
  labelSchema,
  referralCodeSchema,
} from './primitives.js';
import * as z from './zod.js';

/** What one side of a referral gets. */
export const rewardSchema = z.object({
  kind: z.enum(['percent', 'amount', 'custom']),
  value: z.exactOptional(z.number().check(z.minimum(0))),
  currency: z.exactOptional(currencySchema),
  label: z.exactOptional(labelSchema),
});

/** The double-sided offer. */
export const referralOfferSchema = z.object({
  friend: rewardSchema,
  advocate: rewardSchema,
  termsUrl: z.exactOptional(httpUrlSchema),
});

/** Response of `POST /v1/referrals`: the advocate's personal link. */
export const referralSchema = z.object({
  code: referralCodeSchema,
  url: httpUrlSchema,
  offer: referralOfferSchema,
});

/** Why an offer or claim cannot give a reward. */
export const offerStatusSchema = z.enum(['valid', 'self-referral', 'expired', 'exhausted']);

/**
 * Query of `GET /v1/referrals/:code`. With the friend's anonymous `visitorId`, a visitor who
 * has been seen acting as the code's advocate gets `status: 'self-referral'`.
 */
export const friendOfferQuerySchema = z.object({ visitorId: z.exactOptional(idSchema) });

/** Response of `GET /v1/referrals/:code` (404 when the code is unknown). */
export const friendOfferSchema = z.object({
  code: referralCodeSchema,
  status: offerStatusSchema,
  advocateName: z.exactOptional(z.string().check(z.maxLength(60))),
  friend: rewardSchema,
  validUntil: z.exactOptional(isoDateTimeSchema),
  termsUrl: z.exactOptional(httpUrlSchema),
});

/** Body of `POST /v1/referrals/:code/claims`. */
export const friendClaimSchema = z.object({
  email: z.string().check(z.minLength(3), z.maxLength(254)),
  visitorId: idSchema,
});

/** Response of `POST /v1/referrals/:code/claims`. */
export const claimSchema = z.object({
  status: z.enum(['claimed', 'self-referral', 'expired', 'exhausted', 'limit-reached']),
  coupon: z.exactOptional(
    z.object({
      code: z.string().check(z.minLength(1), z.maxLength(64)),
      expiresAt: z.exactOptional(isoDateTimeSchema),
      /** Opens the shop with the code applied (Shopify's `/discount/CODE`, or `?coupon=CODE`). */
      applyUrl: z.exactOptional(httpUrlSchema),
    }),
  ),
  reward: rewardSchema,
});

const moneySchema = z.number().check(z.minimum(0));

/** Response of `GET /v1/advocates/me/stats`. */
export const advocateStatsSchema = z.object({
  clicks: countSchema,
  claims: countSchema,
  conversions: countSchema,
  rewardsEarned: moneySchema,
  rewardsPending: moneySchema,
  currency: z.exactOptional(currencySchema),
});

/** Response of `GET /v1/campaigns`. Each campaign is validated by `@grapevine/core/schema`. */
export const campaignsResponseSchema = z.object({ campaigns: z.array(z.unknown()) });
