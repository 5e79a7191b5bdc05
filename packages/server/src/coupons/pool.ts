import type { Queryable } from '../db/database.js';
import type { Logger } from '../logger.js';

/** Codes a shop may upload: what checkouts accept, nothing that breaks a URL or a CSV. */
export const POOL_CODE = /^[A-Za-z0-9][A-Za-z0-9_-]{2,63}$/;

/** The pool of one site: codes left, codes handed out, and whether it runs low. */
export interface PoolStatus {
  remaining: number;
  handedOut: number;
  lowWatermark: number;
  low: boolean;
}

/**
 * Hands out one unused code to `claimId`, inside the claim's transaction: one atomic
 * `update … where id = (select … for update skip locked limit 1) returning`, so concurrent
 * claims (in any number of processes) never get the same code and never wait for each other.
 * @returns the code, or `null` when the pool is empty.
 */
export async function takePoolCode(
  tx: Queryable,
  siteKey: string,
  claimId: string,
  now: number,
): Promise<string | null> {
  const rows = await tx.query<{ code: string }>(
    `update coupon_pool set claim_id = $2, handed_out_at = $3
     where id = (
       select id from coupon_pool where site_key = $1 and claim_id is null
       order by id limit 1 for update skip locked)
     returning code`,
    [siteKey, claimId, new Date(now)],
  );
  return rows[0]?.code ?? null;
}

/**
 * Adds codes to a site's pool. A code already in the pool (used or not) is skipped, so an
 * upload can be repeated safely.
 * @returns how many codes were new.
 */
export async function addPoolCodes(
  db: Queryable,
  siteKey: string,
  codes: readonly string[],
  now: number,
): Promise<number> {
  if (codes.length === 0) return 0;
  const rows = await db.query(
    `insert into coupon_pool (site_key, code, uploaded_at)
     select $1, code, $3 from unnest($2::text[]) as code
     on conflict (site_key, code) do nothing returning id`,
    [siteKey, [...codes], new Date(now)],
  );
  return rows.length;
}

/** How full a site's pool is. */
export async function poolStatus(
  db: Queryable,
  siteKey: string,
  lowWatermark: number,
): Promise<PoolStatus> {
  const [row] = await db.query<{ remaining: number; handed_out: number }>(
    `select count(*) filter (where claim_id is null)::int as remaining,
            count(*) filter (where claim_id is not null)::int as handed_out
     from coupon_pool where site_key = $1`,
    [siteKey],
  );
  const remaining = row?.remaining ?? 0;
  return {
    remaining,
    handedOut: row?.handed_out ?? 0,
    lowWatermark,
    low: remaining < lowWatermark,
  };
}

/** Logs a warning when a site's pool has fallen below its threshold (after a claim took a code). */
export async function warnIfPoolLow(
  db: Queryable,
  logger: Logger,
  siteKey: string,
  lowWatermark: number,
): Promise<void> {
  const status = await poolStatus(db, siteKey, lowWatermark);
  if (status.low) {
    logger.warn('coupon pool running low', { siteKey, remaining: status.remaining, lowWatermark });
  }
}

/**
 * Reads an uploaded list: CSV (one code per line, or a `code` column with a header) or a
 * JSON array of strings / `{ "codes": [...] }`.
 * @returns the codes, or the first problem naming its line or index.
 */
export function parsePoolUpload(
  text: string,
  contentType: string,
): { codes: string[] } | { problem: string } {
  let codes: string[];
  if (contentType.includes('json')) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return { problem: 'body: not valid JSON' };
    }
    const list = Array.isArray(json) ? json : (json as { codes?: unknown } | null)?.codes;
    if (!Array.isArray(list)) return { problem: 'codes: expected an array of strings' };
    const bad = list.findIndex((code) => typeof code !== 'string' || !POOL_CODE.test(code));
    if (bad >= 0) return { problem: `codes[${bad}]: expected 3–64 letters, digits, _ or -` };
    codes = list as string[];
  } else {
    const lines = text.split(/\r?\n/).map((line) => line.trim().replace(/^"(.*)"$/, '$1'));
    let start = 0;
    const header = lines[0]?.split(',').map((cell) => cell.trim().toLowerCase());
    const column = header?.indexOf('code') ?? -1;
    if (column >= 0) start = 1;
    codes = [];
    for (let i = start; i < lines.length; i += 1) {
      const line = lines[i] ?? '';
      if (line === '') continue;
      const code =
        (column >= 0 ? line.split(',')[column] : line)?.trim().replace(/^"(.*)"$/, '$1') ?? '';
      if (!POOL_CODE.test(code))
        return { problem: `line ${i + 1}: expected 3–64 letters, digits, _ or -` };
      codes.push(code);
    }
  }
  if (codes.length === 0) return { problem: 'codes: none in the upload' };
  if (codes.length > 100_000) return { problem: 'codes: at most 100000 per upload' };
  return { codes: [...new Set(codes)] };
}
