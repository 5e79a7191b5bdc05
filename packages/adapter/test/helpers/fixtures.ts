import type {
  AdvocateStats,
  Claim,
  CustomerLedger,
  FriendOffer,
  GrapevineEvent,
  ImpressionEvent,
  Referral,
} from '@grapevine/core';

/** A JSON `Response`, as a server would send it. */
export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

/** A contract error answer. */
export const errorBody = (code: string, status: number, headers: Record<string, string> = {}) =>
  json({ error: { code, message: code } }, status, headers);

export const referral: Referral = {
  code: 'ANNA-K2X9',
  url: 'https://shop.example/?ref=ANNA-K2X9',
  offer: {
    friend: { kind: 'percent', value: 20 },
    advocate: { kind: 'amount', value: 10, currency: 'EUR' },
    termsUrl: 'https://shop.example/terms',
  },
};

export const friendOffer: FriendOffer = {
  code: 'ANNA-K2X9',
  status: 'valid',
  advocateName: 'Anna',
  friend: { kind: 'percent', value: 20, label: '20 % off' },
  validUntil: '2026-12-31T23:59:59Z',
  termsUrl: 'https://shop.example/terms',
};

export const claim: Claim = {
  status: 'claimed',
  coupon: { code: 'ANNA-K2X9-7QH1', expiresAt: '2027-01-31T00:00:00.000Z' },
  reward: { kind: 'percent', value: 20 },
};

export const stats: AdvocateStats = {
  clicks: 4,
  claims: 2,
  conversions: 1,
  rewardsEarned: 10,
  rewardsPending: 5.5,
  currency: 'EUR',
};

export const customerLedger: CustomerLedger = {
  entries: [
    {
      id: 'email:nps:o-1',
      type: 'impression',
      at: 1_800_000_000_000,
      campaignId: 'nps',
      variantId: 'default',
      triggerKey: 'o-1',
      channel: 'email',
    },
    { id: 'email-answer:nps:o-1', type: 'nps', at: 1_800_000_100_000, campaignId: 'nps', score: 9 },
    {
      id: 's-1',
      type: 'snooze',
      at: 1_800_000_200_000,
      campaignId: 'refer',
      until: 1_800_500_000_000,
    },
  ],
};

/** An impression event with a given id (and time). */
export function impression(id: string, at = 1_800_000_000_000): ImpressionEvent {
  return { type: 'impression', id, at, visitorId: 'v1', campaignId: 'c1', variantId: 'default' };
}

/** `count` impressions with ids `prefix0`, `prefix1`, … */
export function impressions(count: number, prefix = 'e'): GrapevineEvent[] {
  return Array.from({ length: count }, (_, index) => impression(`${prefix}${index}`));
}
