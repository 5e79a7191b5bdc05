import type { Queryable } from '../db/database.js';
import { formatMinor } from '../money.js';
import { toCsv } from './csv.js';

/** Every NPS answer of the site since `since`, as CSV. */
export async function npsCsv(db: Queryable, siteKey: string, since: Date): Promise<string> {
  const rows = await db.query(
    `select answered_at, score, segment, kind, comment, campaign_id, variant_id, visitor_id, advocate_id, event_id
     from nps_answers where site_key = $1 and answered_at >= $2 order by answered_at, event_id`,
    [siteKey, since],
  );
  return toCsv(
    [
      'answered_at',
      'score',
      'segment',
      'kind',
      'comment',
      'campaign_id',
      'variant_id',
      'visitor_id',
      'advocate_id',
      'event_id',
    ],
    rows,
  );
}

/**
 * Every reward of the site since `since` (one per verified order), as CSV. Amounts are exact
 * decimal strings in the currency's units; `status` is the reward's state.
 */
export async function conversionsCsv(db: Queryable, siteKey: string, since: Date): Promise<string> {
  const rows = await db.query<Record<string, unknown>>(
    `select c.created_at as credited_at, c.order_id, c.order_total_minor::float8 as total,
       c.order_currency as currency, c.code, r.advocate_id, c.amount_minor::float8 as reward_amount,
       c.currency as reward_currency, c.state as status, c.approves_at, c.approved_at,
       c.reversed_minor::float8 as reversed_amount
     from rewards c join referrals r on r.code = c.code
     where c.site_key = $1 and c.created_at >= $2 order by c.created_at, c.order_id`,
    [siteKey, since],
  );
  const exact = rows.map((row) => ({
    ...row,
    total: formatMinor(Number(row.total), String(row.currency)),
    reward_amount: formatMinor(Number(row.reward_amount), String(row.reward_currency)),
    reversed_amount: formatMinor(Number(row.reversed_amount), String(row.reward_currency)),
  }));
  return toCsv(
    [
      'credited_at',
      'order_id',
      'total',
      'currency',
      'code',
      'advocate_id',
      'reward_amount',
      'reward_currency',
      'status',
      'approves_at',
      'approved_at',
      'reversed_amount',
    ],
    exact,
  );
}
