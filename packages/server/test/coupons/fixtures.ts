import type { FriendCoupon } from '../../src/coupons/provider.js';

/** Where the provider tests' clock stands: 2026-11-02T10:00:00Z. */
export const NOW = Date.UTC(2026, 10, 2, 10);

/** A friend's coupon for `code`, valid 30 days from {@link NOW}. */
export function friendCoupon(
  code: string,
  discount: FriendCoupon['discount'] = { kind: 'percent', percent: 20 },
): FriendCoupon {
  return {
    claimId: `claim-${code}`,
    code,
    discount,
    email: 'friend@example.com',
    startsAt: NOW,
    expiresAt: NOW + 30 * 86_400_000,
  };
}
