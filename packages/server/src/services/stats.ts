import type { AdvocateStats } from '@grapevine/core';
import type { ServerContext } from '../context.js';
import { toMajor } from '../money.js';
import type { VerifiedAdvocate } from '../security/advocate-signature.js';
import type { Site } from '../site.js';
import { advocateKey } from './referrals.js';

interface CountsRow {
  clicks: number;
  claims: number;
  conversions: number;
}

interface SumRow {
  currency: string;
  earned: number;
  pending: number;
}

/**
 * The signed advocate's own numbers; zeros before they have a code. Never anyone else's.
 * Conversions are verified orders that still earn something; `rewardsPending` sums pending
 * and held rewards, `rewardsEarned` approved and fulfilled ones (after any reversal), in the
 * currency most of their rewards are in.
 */
export async function advocateStats(
  ctx: ServerContext,
  site: Site,
  advocate: VerifiedAdvocate,
): Promise<AdvocateStats> {
  const params = [site.siteKey, advocateKey(advocate)];
  const code = `(select code from referrals where site_key = $1 and advocate_key = $2)`;
  const [counts] = await ctx.db.query<CountsRow>(
    `select
       (select count(distinct e.visitor_id)::int from events e where e.site_key = $1 and e.type = 'referral-captured' and e.code = ${code}) as clicks,
       (select count(*)::int from claims c where c.code = ${code} and c.status = 'claimed') as claims,
       (select count(*)::int from rewards w where w.code = ${code} and w.state in ('pending', 'held', 'approved', 'fulfilled')) as conversions`,
    params,
  );
  const sums = await ctx.db.query<SumRow>(
    `select currency,
       coalesce(sum(amount_minor) filter (where state in ('approved', 'fulfilled')), 0)::float8 as earned,
       coalesce(sum(amount_minor) filter (where state in ('pending', 'held')), 0)::float8 as pending
     from rewards where code = ${code} and state in ('pending', 'held', 'approved', 'fulfilled')
     group by currency order by count(*) desc, currency limit 1`,
    params,
  );
  const sum = sums[0];
  const currency = sum?.currency ?? site.offer.advocate.currency;
  return {
    clicks: counts?.clicks ?? 0,
    claims: counts?.claims ?? 0,
    conversions: counts?.conversions ?? 0,
    rewardsEarned: sum ? toMajor(sum.earned, sum.currency) : 0,
    rewardsPending: sum ? toMajor(sum.pending, sum.currency) : 0,
    ...(currency ? { currency } : {}),
  };
}
