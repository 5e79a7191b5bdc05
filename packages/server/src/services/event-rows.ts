import type { GrapevineEvent } from '@grapevine/core';
import type { Queryable } from '../db/database.js';
import type { Site } from '../site.js';

/**
 * Inserts a batch of events in one statement (one round trip, atomic by itself), skipping
 * ids the site already stored; the ids it stored. `occurredAt(event)` is the clamped time.
 * Rows go in sorted by id, so two concurrent batches sharing ids lock them in the same
 * order and never deadlock on the primary key.
 */
export async function insertEvents(
  db: Queryable,
  site: Site,
  events: readonly GrapevineEvent[],
  occurredAt: (event: GrapevineEvent) => number,
  now: number,
  ipHash: string | null,
): Promise<Set<string>> {
  const rows = [...events]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((event) => ({
      id: event.id,
      type: event.type,
      visitor_id: event.visitorId,
      advocate_id: event.advocateId ?? null,
      campaign_id: 'campaignId' in event ? event.campaignId : null,
      variant_id: 'variantId' in event ? event.variantId : null,
      channel: event.type === 'share' ? event.channel : null,
      code:
        'code' in event
          ? event.code.toUpperCase()
          : (event.type === 'purchase' && event.referralCode?.toUpperCase()) || null,
      occurred_at: new Date(occurredAt(event)).toISOString(),
      payload: event,
    }));
  // The rows travel as one JSON parameter: the same SQL on PGlite and postgres.js, and one
  // statement whatever the batch size.
  const stored = await db.query<{ id: string }>(
    `insert into events (site_key, id, type, visitor_id, advocate_id, campaign_id, variant_id, channel, code, occurred_at, received_at, payload, client_ip_hash)
     select $1::text, r.id, r.type, r.visitor_id, r.advocate_id, r.campaign_id, r.variant_id, r.channel, r.code, r.occurred_at, $2::timestamptz, r.payload, $3::text
     from jsonb_to_recordset($4::text::jsonb) as r(id text, type text, visitor_id text, advocate_id text, campaign_id text, variant_id text, channel text, code text, occurred_at timestamptz, payload jsonb)
     on conflict (site_key, id) do nothing returning id`,
    [site.siteKey, new Date(now), ipHash, JSON.stringify(rows)],
  );
  return new Set(stored.map((row) => row.id));
}

/**
 * Records which visitors acted with an advocate's id, in one statement, in sorted order
 * (concurrent batches never wait on each other in a cycle).
 */
export async function insertAdvocateVisitors(
  tx: Queryable,
  site: Site,
  pairs: readonly { advocateId: string; visitorId: string }[],
): Promise<void> {
  if (pairs.length === 0) return;
  const unique = [
    ...new Map(pairs.map((pair) => [`${pair.advocateId}\n${pair.visitorId}`, pair])).entries(),
  ]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, pair]) => ({ advocate_id: pair.advocateId, visitor_id: pair.visitorId }));
  await tx.query(
    `insert into advocate_visitors (site_key, advocate_id, visitor_id)
     select $1::text, r.advocate_id, r.visitor_id
     from jsonb_to_recordset($2::text::jsonb) as r(advocate_id text, visitor_id text)
     on conflict do nothing`,
    [site.siteKey, JSON.stringify(unique)],
  );
}
