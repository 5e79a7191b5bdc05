// The shapes of the six 2xx responses, as browser-side guards. They mirror the zod schemas in
// `../contract/referral.ts` and `../contract/events.ts`; test/guards/responses.test.ts keeps
// the two in agreement.
import type { EndpointName } from '../contract/routes.js';
import {
  amount,
  anything,
  count,
  type Guard,
  httpUrl,
  list,
  matching,
  object,
  oneOf,
  optional,
  string,
} from './guard.js';

const code = matching(/^[A-Za-z0-9_-]{1,64}$/, 'referral code');
const couponCode = matching(/^[\s\S]{1,64}$/, 'coupon code');
const currency = matching(/^[A-Z]{3}$/, 'currency');
const dateTime = matching(
  /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:?\d\d)$/,
  'datetime',
);

const reward = object({
  kind: oneOf('percent', 'amount', 'custom'),
  value: optional(amount),
  currency: optional(currency),
  label: optional(string),
});

/** Response guards by endpoint. */
export const responseGuards: Record<EndpointName, Guard> = {
  campaigns: object({ campaigns: list(anything) }),
  referral: object({
    code,
    url: httpUrl,
    offer: object({ friend: reward, advocate: reward, termsUrl: optional(httpUrl) }),
  }),
  offer: object({
    code,
    status: oneOf('valid', 'self-referral', 'expired', 'exhausted'),
    advocateName: optional(string),
    friend: reward,
    validUntil: optional(dateTime),
    termsUrl: optional(httpUrl),
  }),
  claim: object({
    status: oneOf('claimed', 'self-referral', 'expired', 'exhausted', 'limit-reached'),
    coupon: optional(object({ code: couponCode, expiresAt: optional(dateTime) })),
    reward,
  }),
  stats: object({
    clicks: count,
    claims: count,
    conversions: count,
    rewardsEarned: amount,
    rewardsPending: amount,
    currency: optional(currency),
  }),
  events: object({ accepted: list(string), duplicates: list(string) }),
};
