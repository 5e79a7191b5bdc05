import { randomUUID } from 'node:crypto';
import type { Claim, FriendClaim } from '@grapevine/core';
import { DAY } from '../clock.js';
import type { ServerContext } from '../context.js';
import { applyLink } from '../coupons/apply-link.js';
import { issueFriendCoupon, PoolEmpty } from '../coupons/issue.js';
import { warnIfPoolLow } from '../coupons/pool.js';
import type { Queryable } from '../db/database.js';
import { normalizeEmail } from '../email.js';
import { HttpError } from '../errors.js';
import { queueFriendCoupon } from '../mail/notices.js';
import { rateLimiter } from '../security/rate-limiter.js';
import type { Site } from '../site.js';
import { findReferral, isAdvocateVisitor, type ReferralRow, utcDay } from './referrals.js';

interface ClaimRow {
  code: string;
  status: 'claimed' | 'self-referral';
  coupon: string | null;
  coupon_expires_at: Date | null;
}

// Thrown inside the transaction to roll the claim back when the daily cap is full.
class DailyCapReached extends Error {
  override readonly name = 'DailyCapReached';
}

/** Where a claim comes from, as far as the server can tell. */
export interface ClaimOrigin {
  /** `clientIpHash` of the client's address, stored as review evidence. */
  clientIpHash?: string | null;
  /** The key the per-address claim limit counts under (a hash of the address, or its IPv6 /64). */
  addressKey?: string | null;
  /** The browser's languages (`Accept-Language`), for the friend's coupon email. */
  languages?: readonly string[];
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * A friend claims the offer behind `code`. One friend (normalized email) gets one coupon per
 * site: repeating the claim returns the same coupon, concurrent duplicates store one row.
 * The advocate claiming their own link is stored, flagged and gets no coupon.
 * One transaction holds the claim row and what fulfils it (a pool code, a `coupon.create`
 * job or a `coupon.claimed` webhook; see `issueFriendCoupon`), so a claim is never lost
 * and never issued twice; the friend gets the code at once, however slow the provider.
 * An empty pool rolls the claim back and answers `exhausted`; the code's daily cap, or the
 * visitor's or the client address's daily claim limit (`site.limits`), answers `limit-reached`
 * (so one visitor with ten emails does not get ten coupons).
 * @throws HttpError 404 for an unknown code, 400 for an address that is not an email.
 */
export async function claimOffer(
  ctx: ServerContext,
  site: Site,
  code: string,
  friend: FriendClaim,
  origin: ClaimOrigin = {},
): Promise<Claim> {
  const clientIpHash = origin.clientIpHash ?? null;
  if (!EMAIL.test(friend.email.trim())) {
    throw new HttpError(400, 'invalid-email', 'email: expected an email address');
  }
  const referral = await findReferral(ctx.db, site, code);
  if (!referral) throw new HttpError(404, 'unknown-code', 'No referral has this code.');
  const emailNorm = normalizeEmail(friend.email);
  const selfReferral =
    emailNorm === referral.email_norm ||
    (await isAdvocateVisitor(ctx.db, referral, friend.visitorId));
  const now = ctx.clock.now();
  const claimId = randomUUID();
  const expiresAt = now + site.couponValidDays * DAY;
  try {
    const row = await ctx.db.transaction(async (tx) => {
      const inserted = await tx.query<ClaimRow>(
        `insert into claims (id, site_key, code, friend_email_norm, friend_visitor_id, status, coupon, coupon_expires_at, claimed_at, client_ip_hash)
         values ($1, $2, $3, $4, $5, $6, null, $7, $8, $9)
         on conflict (site_key, friend_email_norm) do nothing
         returning code, status, coupon, coupon_expires_at`,
        [
          claimId,
          site.siteKey,
          referral.code,
          emailNorm,
          friend.visitorId,
          selfReferral ? 'self-referral' : 'claimed',
          selfReferral ? null : new Date(expiresAt),
          new Date(now),
          clientIpHash,
        ],
      );
      const claim = inserted[0];
      if (!claim) return { existing: true, ...(await existingClaim(tx, site, emailNorm)) };
      if (claim.status !== 'claimed') return { existing: false, ...claim };
      await countAgainstCap(tx, referral, site, now);
      await countAgainstClaimLimits(tx, site, friend.visitorId, origin.addressKey ?? null, now);
      const coupon = await issueFriendCoupon(
        tx,
        site,
        { id: claimId, referralCode: referral.code, emailNorm, expiresAt },
        now,
      );
      await tx.query('update claims set coupon = $2 where id = $1', [claimId, coupon]);
      await queueFriendCoupon(
        tx,
        site,
        {
          claimId,
          to: friend.email,
          coupon,
          applyUrl: applyLink(site, coupon, referral.code),
          expiresAt,
          advocateName: referral.first_name,
          offer: site.offer.friend,
          languages: origin.languages ?? [],
        },
        now,
      );
      return { existing: false, ...claim, coupon };
    });
    if (site.fulfilment?.provider === 'pool' && !row.existing) {
      await warnIfPoolLow(ctx.db, ctx.logger, site.siteKey, site.fulfilment.lowWatermark);
    }
    return toClaim(site, referral, row);
  } catch (error) {
    if (error instanceof DailyCapReached)
      return { status: 'limit-reached', reward: site.offer.friend };
    if (error instanceof PoolEmpty) {
      ctx.logger.warn('coupon pool empty: a friend could not claim', { siteKey: site.siteKey });
      return { status: 'exhausted', reward: site.offer.friend };
    }
    throw error;
  }
}

async function existingClaim(tx: Queryable, site: Site, emailNorm: string): Promise<ClaimRow> {
  // Inside the transaction: PGlite has one connection, and on PostgreSQL the row is
  // visible to the same transaction that waited for it.
  const rows = await tx.query<ClaimRow>(
    'select code, status, coupon, coupon_expires_at from claims where site_key = $1 and friend_email_norm = $2',
    [site.siteKey, emailNorm],
  );
  const row = rows[0];
  if (!row) throw new Error('claim vanished between insert and select');
  return row;
}

async function countAgainstCap(
  tx: Queryable,
  referral: ReferralRow,
  site: Site,
  now: number,
): Promise<void> {
  // One atomic upsert: the row only grows while under the cap, so concurrent claims cannot
  // overshoot it on PostgreSQL either.
  const counted = await tx.query(
    `insert into claim_days (code, day, claims) values ($1, $2, 1)
     on conflict (code, day) do update set claims = claim_days.claims + 1
       where claim_days.claims < $3
     returning claims`,
    [referral.code, utcDay(now), site.claimsPerCodePerDay],
  );
  if (counted.length === 0) throw new DailyCapReached();
}

async function countAgainstClaimLimits(
  tx: Queryable,
  site: Site,
  visitorId: string,
  addressKey: string | null,
  now: number,
): Promise<void> {
  // Counted in the claim's transaction: a claim rolled back (cap, empty pool) is not counted.
  const clock = { now: () => now };
  const limits: [string, string | null, number][] = [
    ['claims-visitor', visitorId, site.limits.claimsPerVisitorPerDay],
    ['claims-address', addressKey, site.limits.claimsPerAddressPerDay],
  ];
  for (const [bucket, key, limit] of limits) {
    if (key === null) continue;
    const limiter = rateLimiter({ db: tx, bucket, limit, windowMs: DAY, clock });
    if (!(await limiter.hit(`${site.siteKey}\n${key}`)).allowed) throw new DailyCapReached();
  }
}

function toClaim(site: Site, referral: ReferralRow, row: ClaimRow & { existing: boolean }): Claim {
  const reward = site.offer.friend;
  if (row.status === 'self-referral') return { status: 'self-referral', reward };
  // This friend already claimed another advocate's offer: one welcome offer per friend.
  if (row.existing && row.code !== referral.code) return { status: 'exhausted', reward };
  if (!row.coupon) return { status: 'exhausted', reward };
  return {
    status: 'claimed',
    coupon: {
      code: row.coupon,
      ...(row.coupon_expires_at ? { expiresAt: row.coupon_expires_at.toISOString() } : {}),
      applyUrl: applyLink(site, row.coupon, row.code),
    },
    reward,
  };
}
