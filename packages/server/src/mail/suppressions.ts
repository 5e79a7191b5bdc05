import type { Queryable } from '../db/database.js';
import type { EmailBasis } from './settings.js';

/** What a suppression stops: marketing only, or every email to the address. */
export type SuppressionScope = 'marketing' | 'all';
/** Why an address is suppressed. */
export type SuppressionReason = 'unsubscribe' | 'bounce' | 'admin';

/** One suppressed address, for the dashboard. */
export interface Suppression {
  address: string;
  scope: SuppressionScope;
  reason: SuppressionReason;
  detail: string | null;
  createdAt: Date;
}

/**
 * The key an address is suppressed by: trimmed and lower-cased. Deliberately not the
 * anti-fraud normalization (`normalizeEmail`), which may change and merges addresses the
 * customer may think of as different.
 * @example addressKey(' Jane@Example.COM ') // 'jane@example.com'
 */
export function addressKey(address: string): string {
  return address.trim().toLowerCase();
}

/**
 * Suppresses an address. A wider scope replaces a narrower one (`all` wins over
 * `marketing`), never the reverse; repeating it changes nothing.
 */
export async function suppress(
  db: Queryable,
  siteKey: string,
  address: string,
  entry: { scope: SuppressionScope; reason: SuppressionReason; detail?: string },
  now: number,
): Promise<void> {
  await db.query(
    `insert into email_suppressions (site_key, address_key, scope, reason, detail, created_at)
     values ($1, $2, $3, $4, $5, $6)
     on conflict (site_key, address_key) do update
       set scope = excluded.scope, reason = excluded.reason, detail = excluded.detail,
           created_at = excluded.created_at
       where email_suppressions.scope = 'marketing' and excluded.scope = 'all'`,
    [siteKey, addressKey(address), entry.scope, entry.reason, entry.detail ?? null, new Date(now)],
  );
}

/** Removes an address from the list (an operator's decision). @returns whether it was there. */
export async function unsuppress(db: Queryable, siteKey: string, address: string) {
  const rows = await db.query(
    'delete from email_suppressions where site_key = $1 and address_key = $2 returning 1',
    [siteKey, addressKey(address)],
  );
  return rows.length > 0;
}

/** Whether a message on `basis` may not go to the address. */
export async function isSuppressed(
  db: Queryable,
  siteKey: string,
  address: string,
  basis: EmailBasis,
): Promise<boolean> {
  const rows = await db.query<{ scope: SuppressionScope }>(
    'select scope from email_suppressions where site_key = $1 and address_key = $2',
    [siteKey, addressKey(address)],
  );
  const scope = rows[0]?.scope;
  return scope === 'all' || (scope === 'marketing' && basis === 'marketing');
}

/** The site's suppressed addresses, newest first. */
export async function listSuppressions(
  db: Queryable,
  siteKey: string,
  limit = 500,
): Promise<Suppression[]> {
  const rows = await db.query<{
    address_key: string;
    scope: SuppressionScope;
    reason: SuppressionReason;
    detail: string | null;
    created_at: Date;
  }>(
    `select address_key, scope, reason, detail, created_at from email_suppressions
     where site_key = $1 order by created_at desc limit $2`,
    [siteKey, limit],
  );
  return rows.map((row) => ({
    address: row.address_key,
    scope: row.scope,
    reason: row.reason,
    detail: row.detail,
    createdAt: row.created_at,
  }));
}
