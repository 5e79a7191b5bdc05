import { randomUUID } from 'node:crypto';
import type { FriendOffer, Referral } from '@grapevine/core';
import { referralCode } from '../codes.js';
import type { ServerContext } from '../context.js';
import type { Queryable } from '../db/database.js';
import { normalizeEmail } from '../email.js';
import type { VerifiedAdvocate } from '../security/advocate-signature.js';
import type { Site } from '../site.js';

/** A stored referral as the services read it. */
export interface ReferralRow {
  code: string;
  site_key: string;
  advocate_key: string;
  advocate_id: string | null;
  email_norm: string | null;
  first_name: string | null;
}

/** The key one advocate is known by: the shop's customer id, else the normalized email. */
export function advocateKey(advocate: VerifiedAdvocate): string {
  if (advocate.id) return `id:${advocate.id}`;
  return `email:${normalizeEmail(advocate.email ?? '')}`;
}

/** Only the first name is ever shown to friends. */
export function firstName(name: string | undefined): string | null {
  const first = name?.trim().split(/\s+/)[0]?.slice(0, 60);
  return first ? first : null;
}

/**
 * Gets or creates the advocate's referral: the same advocate always gets the same code.
 * `null` advocate: an anonymous link (only where the site allows unsigned referrals).
 */
export async function getOrCreateReferral(
  ctx: ServerContext,
  site: Site,
  advocate: VerifiedAdvocate | null,
): Promise<Referral> {
  const key = advocate ? advocateKey(advocate) : `anonymous:${randomUUID()}`;
  const rows = await ctx.db.query<{ code: string }>(
    `insert into referrals (code, site_key, advocate_key, advocate_id, email_norm, first_name, created_at, email)
     values ($1, $2, $3, $4, $5, $6, $7, $8)
     on conflict (site_key, advocate_key) do update
       set first_name = coalesce(excluded.first_name, referrals.first_name),
           email_norm = coalesce(excluded.email_norm, referrals.email_norm),
           email = coalesce(excluded.email, referrals.email)
     returning code`,
    [
      referralCode(),
      site.siteKey,
      key,
      advocate?.id ?? null,
      advocate?.email ? normalizeEmail(advocate.email) : null,
      firstName(advocate?.name),
      new Date(ctx.clock.now()),
      // As given, for email: `email_norm` is a fraud key and not always deliverable.
      advocate?.email?.trim() || null,
    ],
  );
  const code = rows[0]?.code ?? '';
  return { code, url: site.landingUrl.replace('{code}', code), offer: site.offer };
}

/** The referral behind a code on this site, or `null`. */
export async function findReferral(
  db: Queryable,
  site: Site,
  code: string,
): Promise<ReferralRow | null> {
  const rows = await db.query<ReferralRow>(
    'select code, site_key, advocate_key, advocate_id, email_norm, first_name from referrals where code = $1 and site_key = $2',
    [code.toUpperCase(), site.siteKey],
  );
  return rows[0] ?? null;
}

/**
 * Remembers that a visitor id belongs to a signed advocate (their `POST /v1/referrals`
 * named it), for self-referral checks. Only a verified advocate with a customer id counts:
 * an `advocateId` in events is unsigned and never trusted for this.
 */
export async function rememberAdvocateVisitor(
  db: Queryable,
  site: Site,
  advocate: VerifiedAdvocate,
  visitorId: string,
): Promise<void> {
  if (!advocate.id) return;
  await db.query(
    `insert into advocate_visitors (site_key, advocate_id, visitor_id) values ($1, $2, $3)
     on conflict do nothing`,
    [site.siteKey, advocate.id, visitorId],
  );
}

/** Whether a visitor id has been seen acting as the referral's (signed) advocate. */
export async function isAdvocateVisitor(
  db: Queryable,
  referral: ReferralRow,
  visitorId: string,
): Promise<boolean> {
  if (!referral.advocate_id) return false;
  const rows = await db.query(
    'select 1 from advocate_visitors where site_key = $1 and advocate_id = $2 and visitor_id = $3',
    [referral.site_key, referral.advocate_id, visitorId],
  );
  return rows.length > 0;
}

/** Claims counted against the daily cap for a code on the given UTC day. */
export async function claimsOnDay(db: Queryable, code: string, day: string): Promise<number> {
  const rows = await db.query<{ claims: number }>(
    'select claims from claim_days where code = $1 and day = $2',
    [code, day],
  );
  return rows[0]?.claims ?? 0;
}

/** `YYYY-MM-DD` (UTC) of a time. */
export function utcDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * What a friend sees for a code; `null` when the code is unknown. With the friend's
 * `visitorId`, a visitor who is the advocate is told politely that it is their own link.
 */
export async function friendOffer(
  ctx: ServerContext,
  site: Site,
  code: string,
  visitorId?: string,
): Promise<FriendOffer | null> {
  const referral = await findReferral(ctx.db, site, code);
  if (!referral) return null;
  let status: FriendOffer['status'] = 'valid';
  if (visitorId !== undefined && (await isAdvocateVisitor(ctx.db, referral, visitorId))) {
    status = 'self-referral';
  } else if (
    (await claimsOnDay(ctx.db, referral.code, utcDay(ctx.clock.now()))) >= site.claimsPerCodePerDay
  ) {
    status = 'exhausted';
  }
  return {
    code: referral.code,
    status,
    ...(referral.first_name ? { advocateName: referral.first_name } : {}),
    friend: site.offer.friend,
    ...(site.offer.termsUrl ? { termsUrl: site.offer.termsUrl } : {}),
  };
}
