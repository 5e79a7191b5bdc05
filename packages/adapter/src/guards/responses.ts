// The shapes of the 2xx responses, for the browser-side guards in `guard.ts`. They mirror
// the zod schemas in `../contract/referral.ts` and `../contract/events.ts`;
// test/guards/responses.test.ts keeps the two in agreement.
import type { EndpointName } from '../contract/routes.js';
import type { Shape } from './guard.js';

const reward = {
  kind: 'percent|amount|custom',
  'value?': 'number ≥ 0',
  'currency?': 'currency',
  'label?': 'string',
};

/** Response shapes by endpoint. */
export const responseShapes: Record<EndpointName, Shape> = {
  campaigns: { campaigns: ['anything'] },
  referral: {
    code: 'referral code',
    url: 'http(s) url',
    offer: { friend: reward, advocate: reward, 'termsUrl?': 'http(s) url' },
  },
  offer: {
    code: 'referral code',
    status: 'valid|self-referral|expired|exhausted',
    'advocateName?': 'string',
    friend: reward,
    'validUntil?': 'datetime',
    'termsUrl?': 'http(s) url',
  },
  claim: {
    status: 'claimed|self-referral|expired|exhausted|limit-reached',
    'coupon?': { code: 'coupon code', 'expiresAt?': 'datetime', 'applyUrl?': 'http(s) url' },
    reward,
  },
  stats: {
    clicks: 'whole number ≥ 0',
    claims: 'whole number ≥ 0',
    conversions: 'whole number ≥ 0',
    rewardsEarned: 'number ≥ 0',
    rewardsPending: 'number ≥ 0',
    'currency?': 'currency',
  },
  ledger: {
    entries: [
      {
        id: 'id',
        type: 'impression|dismiss|snooze|answer|nps|share|copy|claim|opt-out|global-opt-out',
        at: 'whole number ≥ 0',
        'campaignId?': 'id',
        'variantId?': 'id',
        'score?': 'score 0–10',
        'until?': 'whole number ≥ 0',
        'triggerKey?': 'id',
        'channel?': 'popup|email',
      },
    ],
  },
  events: { accepted: ['string'], duplicates: ['string'] },
};
