import { customerLedgerEntrySchema, MAX_LEDGER_ENTRIES } from '@grapevine/adapter/contract';
import type { CustomerLedgerEntry } from '@grapevine/core';
import type { Queryable } from '../db/database.js';
import { LEDGER_TYPES, type LedgerRow, ledgerFields } from '../email-nps/customer-ledger.js';
import { addressKey } from '../mail/suppressions.js';
import type { VerifiedAdvocate } from '../security/advocate-signature.js';
import type { Site } from '../site.js';
import { advocateKey } from './referrals.js';

/**
 * The signed customer's ledger for their browser (`GET /v1/advocates/me/ledger`): what the
 * rules there cannot see by themselves, newest first, at most {@link MAX_LEDGER_ENTRIES}.
 *
 * - the asks emailed to them (`impression`, channel `email`, id `email:<flow>:<order>`);
 * - the answers they gave through email links (`nps`, id `email-answer:<campaign>:<order>`);
 * - an email unsubscribe of theirs (of an address they were asked at, or the signed one), as a
 *   `global-opt-out`: the customer said "stop asking me", so the pop-ups stop too (a bounce or
 *   an operator's suppression is no wish of theirs and is not mapped);
 * - the pop-up entries of their other browsers: only browsers a signed request named as
 *   theirs (`advocate_visitors`), never an event's unsigned `advocateId`; the asking
 *   browser's own entries are left out (it has them).
 *
 * Only the fields the rules read; no email address, no other customer's entries. An entry that
 * does not fit the contract (a foreign id over 128 characters) is left out, not sent broken.
 */
export async function advocateLedger(
  db: Queryable,
  site: Site,
  advocate: VerifiedAdvocate,
  visitorId: string | undefined,
): Promise<CustomerLedgerEntry[]> {
  const rows = await db.query<LedgerRow>(
    `with asks as (
       select flow, order_id, campaign_id, to_address from email_asks
       where site_key = $1 and customer = $2
     ), devices as (
       select visitor_id from advocate_visitors where site_key = $1 and advocate_id = $3::text
     )
     select * from (
       select e.id, e.type, e.campaign_id, e.variant_id, e.occurred_at as at,
         e.payload->>'until' as until, (e.payload->>'score')::int as score,
         e.payload->>'triggerKey' as trigger_key, e.origin as channel
       from events e
       where e.site_key = $1 and e.type = any($5::text[])
         and ((e.origin = 'email' and e.id in (select 'email:' || flow || ':' || order_id from asks))
           or (e.origin = 'popup' and e.visitor_id in (select visitor_id from devices)
               and e.visitor_id is distinct from $4::text))
       union all
       select 'email-answer:' || a.campaign_id || ':' || a.order_id, 'nps-answer', a.campaign_id,
         a.variant_id, a.answered_at, null, a.score, null, 'email'
       from nps_answers a
       where a.site_key = $1 and a.channel = 'email'
         -- (campaign, order): the unique index of email answers.
         and (a.campaign_id, a.order_id) in (select campaign_id, order_id from asks where flow = 'nps')
       union all
       select 'email-unsubscribe:' || (extract(epoch from s.created_at) * 1000)::bigint,
         'global-opt-out', null, null, s.created_at, null, null, null, 'email'
       from email_suppressions s
       where s.site_key = $1 and s.reason = 'unsubscribe'
         and s.address_key in (select lower(trim(to_address)) from asks union all select $6::text)
     ) entries order by at desc, id limit ${MAX_LEDGER_ENTRIES}`,
    [
      site.siteKey,
      advocateKey(advocate),
      advocate.id ?? null,
      visitorId ?? null,
      Object.keys(LEDGER_TYPES),
      advocate.email === undefined ? null : addressKey(advocate.email),
    ],
  );
  return rows.flatMap((row) => {
    const parsed = customerLedgerEntrySchema.safeParse(ledgerFields(row));
    return parsed.success ? [parsed.data] : [];
  });
}
