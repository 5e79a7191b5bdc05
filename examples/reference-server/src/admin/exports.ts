import type { Queryable } from '../db/database.js';
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

/** Every credited conversion of the site since `since`, as CSV. */
export async function conversionsCsv(db: Queryable, siteKey: string, since: Date): Promise<string> {
  const rows = await db.query(
    `select c.credited_at, c.order_id, c.total::float8 as total, c.currency, c.code, r.advocate_id,
       c.reward_amount::float8 as reward_amount, c.reward_currency, c.status, c.approves_at, c.approved_at
     from conversions c join referrals r on r.code = c.code
     where c.site_key = $1 and c.credited_at >= $2 order by c.credited_at, c.order_id`,
    [siteKey, since],
  );
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
    ],
    rows,
  );
}
