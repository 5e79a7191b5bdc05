import type { CustomerLedgerEntry, Ledger, LedgerEntry, LedgerEntryType } from '@grapevine/core';
import type { Queryable } from '../db/database.js';

/** Who a ledger is for: the shop's customer id and the browsers known to be theirs. */
export interface CustomerRef {
  siteKey: string;
  /** The shop's customer id (the widget's identified advocate id). */
  customerId: string | null;
  /** Visitor ids of the customer's browsers (the one that placed the order, at least). */
  visitorIds: readonly string[];
}

/** The events that are ledger entries, by the ledger type they become. */
export const LEDGER_TYPES: Readonly<Record<string, LedgerEntryType>> = {
  impression: 'impression',
  dismiss: 'dismiss',
  snooze: 'snooze',
  'opt-out': 'opt-out',
  'nps-answer': 'nps',
  share: 'share',
  copy: 'copy',
  'friend-claim': 'claim',
};

/** An entry as the ledger queries read it. */
export interface LedgerRow {
  id: string;
  type: string;
  campaign_id: string | null;
  variant_id: string | null;
  at: Date;
  until: string | null;
  score: number | null;
  trigger_key: string | null;
  /** `events.origin`: where it happened. */
  channel: 'popup' | 'email';
}

/** Most entries read for one decision; the newest are kept. */
const MAX_ENTRIES = 1000;

/**
 * One ledger per customer across channels: what the pop-ups reported (impressions,
 * dismissals, snoozes, "don't ask again", answers, shares) from any of their browsers or under
 * their customer id, the surveys emailed to them (impressions with `origin = 'email'`) and the
 * answers given through email links. The core rules read it as they read a browser's ledger.
 */
export async function customerLedger(db: Queryable, customer: CustomerRef): Promise<Ledger> {
  const rows = await db.query<LedgerRow>(
    `select * from (
       select e.id, e.type, e.campaign_id, e.variant_id, e.occurred_at as at,
         e.payload->>'until' as until, (e.payload->>'score')::int as score,
         e.payload->>'triggerKey' as trigger_key, e.origin as channel
       from events e
       where e.site_key = $1 and e.type = any($4::text[])
         and (e.advocate_id = $2 or e.visitor_id = any($3::text[])
              or e.visitor_id in (select visitor_id from advocate_visitors
                                  where site_key = $1 and advocate_id = $2))
       union all
       select 'email-answer:' || a.campaign_id || ':' || a.order_id, 'nps-answer', a.campaign_id,
         a.variant_id, a.answered_at, null, a.score, null, 'email'
       from nps_answers a
       where a.site_key = $1 and a.channel = 'email'
         and (a.advocate_id = $2 or a.visitor_id = any($3::text[]))
     ) entries order by at desc limit ${MAX_ENTRIES}`,
    [customer.siteKey, customer.customerId, [...customer.visitorIds], Object.keys(LEDGER_TYPES)],
  );
  return rows.map(toEntry);
}

function toEntry(row: LedgerRow): LedgerEntry {
  return { ...ledgerFields(row), pageId: 'server', sessionId: 'server' };
}

/**
 * A ledger row's entry as the rules read it, with only the fields the row has: the type the
 * event becomes (`global-opt-out` as it is), the time in ms, and `until` only as a time.
 */
export function ledgerFields(row: LedgerRow): CustomerLedgerEntry {
  const entry: CustomerLedgerEntry = {
    id: row.id,
    type:
      row.type === 'global-opt-out' ? 'global-opt-out' : (LEDGER_TYPES[row.type] ?? 'impression'),
    at: row.at.getTime(),
  };
  if (row.campaign_id !== null) entry.campaignId = row.campaign_id;
  if (row.variant_id !== null) entry.variantId = row.variant_id;
  if (row.score !== null) entry.score = row.score;
  if (row.trigger_key !== null) entry.triggerKey = row.trigger_key;
  const until = row.until === null ? Number.NaN : Number(row.until);
  if (Number.isSafeInteger(until) && until >= 0) entry.until = until;
  if (row.channel === 'email') entry.channel = 'email';
  return entry;
}
