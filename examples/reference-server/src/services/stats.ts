import type { AdvocateStats } from '@grapevine/core';
import type { ServerContext } from '../context.js';
import type { VerifiedAdvocate } from '../security/advocate-signature.js';
import type { Site } from '../site.js';
import { advocateKey } from './referrals.js';

interface StatsRow {
  clicks: number;
  claims: number;
  conversions: number;
  earned: number;
  pending: number;
  currency: string | null;
}

/** The signed advocate's own numbers; zeros before they have a code. Never anyone else's. */
export async function advocateStats(
  ctx: ServerContext,
  site: Site,
  advocate: VerifiedAdvocate,
): Promise<AdvocateStats> {
  const rows = await ctx.db.query<StatsRow>(
    `with r as (select code from referrals where site_key = $1 and advocate_key = $2)
     select
       (select count(distinct e.visitor_id)::int from events e where e.site_key = $1 and e.type = 'referral-captured' and e.code = (select code from r)) as clicks,
       (select count(*)::int from claims c where c.code = (select code from r) and c.status = 'claimed') as claims,
       (select count(*)::int from conversions v where v.code = (select code from r)) as conversions,
       (select coalesce(sum(reward_amount), 0)::float8 from conversions v where v.code = (select code from r) and v.status = 'approved') as earned,
       (select coalesce(sum(reward_amount), 0)::float8 from conversions v where v.code = (select code from r) and v.status = 'pending') as pending,
       (select min(reward_currency) from conversions v where v.code = (select code from r)) as currency`,
    [site.siteKey, advocateKey(advocate)],
  );
  const row = rows[0];
  const currency = row?.currency ?? site.offer.advocate.currency;
  return {
    clicks: row?.clicks ?? 0,
    claims: row?.claims ?? 0,
    conversions: row?.conversions ?? 0,
    rewardsEarned: row?.earned ?? 0,
    rewardsPending: row?.pending ?? 0,
    ...(currency ? { currency } : {}),
  };
}
