// Demo rewards held for review, made the way real ones are: a friend claims the advocate's
// offer and the shop confirms an order with the coupon, above the review threshold; two
// friends of one advocate within an hour add the velocity signal.
import { DAY } from '../src/clock.js';
import type { ServerContext } from '../src/context.js';
import { applyOrderFact } from '../src/orders/apply-fact.js';
import { claimOffer } from '../src/services/claims.js';
import { getOrCreateReferral } from '../src/services/referrals.js';
import type { Site } from '../src/site.js';

const FRIENDS = [
  { advocate: 1, name: 'ingrid.holm', minor: 48_000 },
  { advocate: 2, name: 'lars.winther', minor: 21_950 },
  { advocate: 2, name: 'maja.lind', minor: 13_400 },
] as const;

/**
 * Adds three held rewards (their order ids are returned, oldest first). The site's own
 * limits stay as configured; these orders are judged with a €9.99 review threshold and one
 * conversion per hour per code, as a cautious shop would set them.
 */
export async function seedHeldRewards(ctx: ServerContext, site: Site): Promise<string[]> {
  const cautious: Site = {
    ...site,
    limits: { ...site.limits, reviewAbove: { minor: 999, currency: 'EUR' }, velocityPerHour: 1 },
  };
  const start = ctx.clock.now() - 2 * DAY;
  const held: string[] = [];
  for (const [i, friend] of FRIENDS.entries()) {
    const now = start + i * 20 * 60_000;
    const at: ServerContext = { ...ctx, clock: { now: () => now } };
    const id = `demo-customer-${friend.advocate}`;
    const { code } = await getOrCreateReferral(at, site, { id, email: `${id}@example.com` });
    const email = `${friend.name}@example.org`;
    const claim = await claimOffer(at, cautious, code, { email, visitorId: `v-${friend.name}` });
    if (claim.status !== 'claimed') throw new Error(`demo claim for ${email}: ${claim.status}`);
    const orderId = `demo-review-${i + 1}`;
    await applyOrderFact(at, cautious, {
      kind: 'order',
      source: i === 0 ? 'shopify' : 'api',
      orderId,
      total: { minor: friend.minor, currency: 'EUR' },
      email,
      discountCodes: claim.coupon ? [claim.coupon.code] : [],
      visitorId: `v-${friend.name}`,
      createdAt: now,
    });
    held.push(orderId);
  }
  return held;
}
