import type { Queryable } from '../db/database.js';
import { majorSql } from '../money.js';

/** One week of NPS answers. */
export interface NpsWeek {
  week: Date;
  promoters: number;
  passives: number;
  detractors: number;
}

/** Answers per week (weeks start on Monday, UTC) since `since`. */
export function weeklyNps(db: Queryable, siteKey: string, since: Date): Promise<NpsWeek[]> {
  return db.query<NpsWeek>(
    `select date_trunc('week', answered_at at time zone 'UTC') as week,
       count(*) filter (where segment = 'promoter')::int as promoters,
       count(*) filter (where segment = 'passive')::int as passives,
       count(*) filter (where segment = 'detractor')::int as detractors
     from nps_answers where site_key = $1 and answered_at >= $2
     group by 1 order by 1`,
    [siteKey, since],
  );
}

/** A comment left with an NPS answer. */
export interface NpsComment {
  segment: 'promoter' | 'passive' | 'detractor';
  score: number;
  comment: string;
  kind: string;
  answered_at: Date;
}

/** The latest `perSegment` comments of each segment. */
export function latestComments(
  db: Queryable,
  siteKey: string,
  perSegment: number,
): Promise<NpsComment[]> {
  return db.query<NpsComment>(
    `select segment, score, comment, kind, answered_at from (
       select *, row_number() over (partition by segment order by answered_at desc, event_id) as n
       from nps_answers where site_key = $1 and comment is not null) ranked
     where n <= $2 order by answered_at desc`,
    [siteKey, perSegment],
  );
}

// Rewards of orders that still count: not voided, rejected or reversed.
const EARNING = `'pending', 'held', 'approved', 'fulfilled'`;
/**
 * A verified conversion: a reward whose order the shop confirmed server to server (it has an
 * `orders` row). Rewards migrated from old browser reports have none and are not counted.
 */
const verified = (alias: string) =>
  `${alias}.state in (${EARNING}) and exists (select 1 from orders o where o.site_key = ${alias}.site_key and o.order_id = ${alias}.order_id)`;

/** The referral funnel's numbers. */
export interface Funnel {
  impressions: number;
  shares: { channel: string; count: number }[];
  clicks: number;
  claims: number;
  conversions: number;
  rewards: number;
  rewardsApproved: number;
  revenue: { amount: number; currency: string }[];
}

/** Impressions → shares by channel → clicks → claims → conversions → rewards, since `since`. */
export async function funnel(db: Queryable, siteKey: string, since: Date): Promise<Funnel> {
  const [counts] = await db.query<Omit<Funnel, 'shares' | 'revenue'>>(
    `select
       (select count(*)::int from events where site_key = $1 and type = 'impression' and occurred_at >= $2) as impressions,
       (select count(distinct (code, visitor_id))::int from events where site_key = $1 and type = 'referral-captured' and occurred_at >= $2) as clicks,
       (select count(*)::int from claims where site_key = $1 and status = 'claimed' and claimed_at >= $2) as claims,
       (select count(*)::int from rewards w where w.site_key = $1 and w.created_at >= $2 and ${verified('w')}) as conversions,
       (select count(*)::int from rewards where site_key = $1 and created_at >= $2) as rewards,
       (select count(*)::int from rewards where site_key = $1 and created_at >= $2 and state in ('approved', 'fulfilled')) as "rewardsApproved"`,
    [siteKey, since],
  );
  const shares = await db.query<{ channel: string; count: number }>(
    `select channel, count(*)::int as count from events
     where site_key = $1 and type = 'share' and occurred_at >= $2
     group by channel order by count desc, channel`,
    [siteKey, since],
  );
  const revenue = await db.query<{ amount: number; currency: string }>(
    `select sum(${majorSql('order_total_minor', 'order_currency')})::float8 as amount, order_currency as currency
     from rewards w where w.site_key = $1 and w.created_at >= $2 and ${verified('w')}
     group by order_currency order by amount desc`,
    [siteKey, since],
  );
  return {
    impressions: counts?.impressions ?? 0,
    shares,
    clicks: counts?.clicks ?? 0,
    claims: counts?.claims ?? 0,
    conversions: counts?.conversions ?? 0,
    rewards: counts?.rewards ?? 0,
    rewardsApproved: counts?.rewardsApproved ?? 0,
    revenue,
  };
}

/** One campaign variant's results. */
export interface VariantResult {
  campaign_id: string;
  variant_id: string;
  /** Distinct visitors who saw it. */
  viewers: number;
  /** Distinct visitors who shared or copied their link after seeing it. */
  sharers: number;
  /** Conversions whose code was first shared from this variant. */
  conversions: number;
}

/** A/B results per campaign variant since `since`. */
export function variantResults(
  db: Queryable,
  siteKey: string,
  since: Date,
): Promise<VariantResult[]> {
  return db.query<VariantResult>(
    `with seen as (
       select campaign_id, variant_id, count(distinct visitor_id)::int as viewers
       from events where site_key = $1 and type = 'impression' and occurred_at >= $2
       group by 1, 2),
     shared as (
       select campaign_id, variant_id, count(distinct visitor_id)::int as sharers
       from events where site_key = $1 and type in ('share', 'copy') and occurred_at >= $2
       group by 1, 2),
     first_share as (
       select distinct on (code) code, campaign_id, variant_id
       from events where site_key = $1 and type in ('share', 'copy')
       order by code, occurred_at, id),
     converted as (
       select f.campaign_id, f.variant_id, count(*)::int as conversions
       from rewards c join first_share f on f.code = c.code
       where c.site_key = $1 and c.created_at >= $2 and ${verified('c')} group by 1, 2)
     select s.campaign_id, s.variant_id, s.viewers,
       coalesce(sh.sharers, 0) as sharers, coalesce(cv.conversions, 0) as conversions
     from seen s
     left join shared sh using (campaign_id, variant_id)
     left join converted cv using (campaign_id, variant_id)
     order by s.campaign_id, s.variant_id`,
    [siteKey, since],
  );
}

/** An advocate on the leaderboard. */
export interface TopAdvocate {
  code: string;
  first_name: string | null;
  advocate_id: string | null;
  clicks: number;
  claims: number;
  conversions: number;
  earned: number;
  currency: string | null;
}

/** The advocates with the most conversions (then claims, then clicks). */
export function topAdvocates(
  db: Queryable,
  siteKey: string,
  limit: number,
): Promise<TopAdvocate[]> {
  return db.query<TopAdvocate>(
    `select r.code, r.first_name, r.advocate_id,
       (select count(distinct visitor_id)::int from events e where e.site_key = r.site_key and e.type = 'referral-captured' and e.code = r.code) as clicks,
       (select count(*)::int from claims c where c.code = r.code and c.status = 'claimed') as claims,
       (select count(*)::int from rewards v where v.code = r.code and ${verified('v')}) as conversions,
       (select coalesce(sum(${majorSql('amount_minor', 'currency')}), 0)::float8 from rewards v where v.code = r.code and v.state in (${EARNING})) as earned,
       (select min(currency) from rewards v where v.code = r.code and v.state in (${EARNING})) as currency
     from referrals r where r.site_key = $1
     order by conversions desc, claims desc, clicks desc, r.created_at
     limit $2`,
    [siteKey, limit],
  );
}
