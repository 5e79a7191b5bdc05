import { randomUUID } from 'node:crypto';
import type { Queryable } from '../../db/database.js';
import type { PlatformName } from './source.js';

/** Which delivery: a site, a platform and the platform's delivery id. */
export interface DeliveryKey {
  siteKey: string;
  source: PlatformName;
  deliveryId: string;
}

/**
 * The result of claiming a delivery: this request now owns it (`token`), a copy already
 * applied it, or a copy is applying it right now.
 */
export type DeliveryClaim =
  | { state: 'claimed'; token: string }
  | { state: 'applied' }
  | { state: 'busy' };

/**
 * Claims a delivery for this request, by the table's primary key (never a read before the
 * write): a concurrent copy's insert waits for ours and then sees the row. A claim older
 * than `leaseMs` whose owner never finished (the process died) can be taken over.
 */
export async function claimDelivery(
  db: Queryable,
  key: DeliveryKey,
  topic: string,
  now: number,
  leaseMs: number,
): Promise<DeliveryClaim> {
  const token = randomUUID();
  const won = await db.query(
    `insert into inbound_deliveries
       (site_key, source, delivery_id, topic, status, claim_token, claimed_at)
     values ($1, $2, $3, $4, 'processing', $5, $6)
     on conflict (site_key, source, delivery_id) do update
       set claim_token = excluded.claim_token, claimed_at = excluded.claimed_at
       where inbound_deliveries.status = 'processing' and inbound_deliveries.claimed_at < $7
     returning 1`,
    [key.siteKey, key.source, key.deliveryId, topic, token, new Date(now), new Date(now - leaseMs)],
  );
  if (won.length > 0) return { state: 'claimed', token };
  return { state: (await deliveryState(db, key)) === 'applied' ? 'applied' : 'busy' };
}

/** Where a delivery stands: `absent` once a failed attempt let go of it. */
export async function deliveryState(
  db: Queryable,
  key: DeliveryKey,
): Promise<'absent' | 'processing' | 'applied'> {
  const rows = await db.query<{ status: 'processing' | 'applied' }>(
    'select status from inbound_deliveries where site_key = $1 and source = $2 and delivery_id = $3',
    [key.siteKey, key.source, key.deliveryId],
  );
  return rows[0]?.status ?? 'absent';
}

/** Records that the claimed delivery's facts were applied; later copies are duplicates. */
export async function markApplied(
  db: Queryable,
  key: DeliveryKey,
  token: string,
  now: number,
): Promise<void> {
  await db.query(
    `update inbound_deliveries set status = 'applied', applied_at = $5, claim_token = null
     where site_key = $1 and source = $2 and delivery_id = $3 and claim_token = $4`,
    [key.siteKey, key.source, key.deliveryId, token, new Date(now)],
  );
}

/** Lets go of a claim whose facts could not be applied, so the platform's retry applies them. */
export async function releaseDelivery(
  db: Queryable,
  key: DeliveryKey,
  token: string,
): Promise<void> {
  await db.query(
    `delete from inbound_deliveries
     where site_key = $1 and source = $2 and delivery_id = $3 and claim_token = $4 and status = 'processing'`,
    [key.siteKey, key.source, key.deliveryId, token],
  );
}
