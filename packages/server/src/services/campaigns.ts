import type { Queryable } from '../db/database.js';

/**
 * The site's campaigns, stored and served as opaque JSON (their format belongs to
 * `@grapevine/core/schema`, which the widget validates). An empty list when none are set.
 */
export async function loadCampaigns(db: Queryable, siteKey: string): Promise<unknown[]> {
  const rows = await db.query<{ campaigns: unknown[] }>(
    'select campaigns from campaigns where site_key = $1',
    [siteKey],
  );
  return rows[0]?.campaigns ?? [];
}

/** Replaces the site's campaigns. */
export async function saveCampaigns(
  db: Queryable,
  siteKey: string,
  campaigns: readonly unknown[],
  now: number,
): Promise<void> {
  await db.query(
    `insert into campaigns (site_key, campaigns, updated_at) values ($1, $2::text::jsonb, $3)
     on conflict (site_key) do update set campaigns = excluded.campaigns, updated_at = excluded.updated_at`,
    [siteKey, JSON.stringify(campaigns), new Date(now)],
  );
}
