import type { GrapevineEvent } from '@grapevine/core';
import { coalesce, type Pending } from '../db/coalesce.js';
import type { Queryable } from '../db/database.js';
import type { Site } from '../site.js';

/** One row of the events table, as the insert reads it from JSON. */
export interface EventRow {
  site_key: string;
  id: string;
  type: string;
  visitor_id: string;
  advocate_id: string | null;
  campaign_id: string | null;
  variant_id: string | null;
  channel: string | null;
  code: string | null;
  occurred_at: string;
  received_at: string;
  payload: GrapevineEvent;
  client_ip_hash: string | null;
}

/** The rows of a batch; `occurredAt(event)` is the clamped time. */
export function eventRows(
  site: Site,
  events: readonly GrapevineEvent[],
  occurredAt: (event: GrapevineEvent) => number,
  now: number,
  ipHash: string | null,
): EventRow[] {
  const receivedAt = new Date(now).toISOString();
  return events.map((event) => ({
    site_key: site.siteKey,
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
    received_at: receivedAt,
    payload: event,
    client_ip_hash: ipHash,
  }));
}

const rowKey = (row: Pick<EventRow, 'site_key' | 'id'>) => `${row.site_key}\n${row.id}`;

/**
 * Inserts rows in one statement (one round trip, atomic by itself), skipping ids their site
 * already stored; the keys (`site\nid`) it stored. Rows go in sorted, so two concurrent
 * statements sharing ids lock them in the same order and never deadlock on the primary key.
 * The rows travel as one JSON parameter: the same SQL on PGlite and postgres.js.
 */
export async function insertEventRows(db: Queryable, rows: readonly EventRow[]) {
  const sorted = [...rows].sort((a, b) => (rowKey(a) < rowKey(b) ? -1 : 1));
  const stored = await db.query<{ site_key: string; id: string }>(
    `insert into events (site_key, id, type, visitor_id, advocate_id, campaign_id, variant_id, channel, code, occurred_at, received_at, payload, client_ip_hash)
     select r.site_key, r.id, r.type, r.visitor_id, r.advocate_id, r.campaign_id, r.variant_id, r.channel, r.code, r.occurred_at, r.received_at, r.payload, r.client_ip_hash
     from jsonb_to_recordset($1::text::jsonb) as r(site_key text, id text, type text, visitor_id text, advocate_id text, campaign_id text, variant_id text, channel text, code text, occurred_at timestamptz, received_at timestamptz, payload jsonb, client_ip_hash text)
     on conflict (site_key, id) do nothing returning site_key, id`,
    [JSON.stringify(sorted)],
  );
  return new Set(stored.map(rowKey));
}

/** Stores rows of batches that have no effects; resolves with the ids it stored of `rows`. */
export type EventWriter = (rows: readonly EventRow[]) => Promise<Set<string>>;

/** At most this many rows in one coalesced statement. */
const MAX_ROWS = 2_000;

/**
 * Group commit for event batches without effects. A request finding the writer idle is
 * written at once; requests arriving while `maxInFlight` statements run wait and then go
 * together in one statement: one round trip and one commit (one WAL flush) for many
 * requests. Each request stays all or nothing: its rows are in one statement. Should a
 * combined statement fail, each request is retried alone, so one cannot fail another. An id
 * in several waiting requests is stored for the first and a duplicate for the others.
 * @example const write = coalescingWriter(db, 2); const ids = await write(rows);
 */
export function coalescingWriter(db: Queryable, maxInFlight: number): EventWriter {
  type Waiting = Pending<readonly EventRow[], Set<string>>;
  async function run(group: Waiting[]): Promise<void> {
    const owner = new Map<string, Waiting>();
    const rows: EventRow[] = [];
    for (const request of group) {
      for (const row of request.item) {
        if (owner.has(rowKey(row))) continue;
        owner.set(rowKey(row), request);
        rows.push(row);
      }
    }
    let stored: Set<string>;
    try {
      stored = await insertEventRows(db, rows);
    } catch (error) {
      if (group.length === 1) return group[0]?.reject(error);
      await Promise.all(group.map((request) => run([request])));
      return;
    }
    for (const request of group) {
      const mine = request.item.filter(
        (row) => owner.get(rowKey(row)) === request && stored.has(rowKey(row)),
      );
      request.resolve(new Set(mine.map((row) => row.id)));
    }
  }
  return coalesce({ maxInFlight, maxWeight: MAX_ROWS, weight: (rows) => rows.length, run });
}
