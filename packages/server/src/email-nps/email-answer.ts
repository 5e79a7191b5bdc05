import { segment } from '@grapevine/core';
import type { Queryable } from '../db/database.js';
import type { Site } from '../site.js';
import { enqueueWebhook } from '../webhooks/enqueue.js';
import { refileReferralForPromoter } from './referral-email.js';
import type { ScoreClaim } from './score-token.js';

/** Most a comment may carry (as in the widget); longer text is cut. */
const MAX_COMMENT = 2000;

/** The answer's id: one answer per (campaign, order), whichever link was clicked. */
export function emailAnswerId(claim: Pick<ScoreClaim, 'campaignId' | 'orderId'>): string {
  return `email:${claim.campaignId}:${claim.orderId}`;
}

/** The customer id a claim names, if it names one (else it names an email address). */
export function claimCustomerId(claim: Pick<ScoreClaim, 'customer'>): string | null {
  return claim.customer.startsWith('id:') ? claim.customer.slice(3) : null;
}

/**
 * Records the score of a clicked link at once. Idempotent: the answer is keyed by
 * (campaign, order), so clicking 9 then 10 leaves one answer, 10; a repeat of the same click
 * changes nothing. The ask is marked clicked (first click time kept). A first detractor
 * score queues the `nps.detractor` webhook once; a promoter score files the order's referral
 * email again if it was skipped for want of a promoter answer.
 */
export async function recordEmailScore(
  tx: Queryable,
  site: Site,
  claim: ScoreClaim,
  now: number,
): Promise<void> {
  const id = emailAnswerId(claim);
  const customerId = claimCustomerId(claim);
  const rows = await tx.query<{ variant_id: string; visitor_id: string | null }>(
    `update email_asks set clicked_at = coalesce(clicked_at, $3)
     where site_key = $1 and flow = 'nps' and order_id = $2
     returning variant_id, (select visitor_id from orders o where o.site_key = $1 and o.order_id = $2)`,
    [site.siteKey, claim.orderId, new Date(now)],
  );
  const variantId = rows[0]?.variant_id ?? 'default';
  const kind = segment(claim.score);
  const stored = await tx.query<{ inserted: boolean }>(
    `insert into nps_answers (site_key, event_id, score, segment, kind, campaign_id, variant_id,
       visitor_id, advocate_id, answered_at, channel, order_id)
     values ($1, $2, $3, $4, 'transactional', $5, $6, $7, $8, $9, 'email', $10)
     on conflict (site_key, event_id) do update set score = excluded.score,
       segment = excluded.segment, answered_at = excluded.answered_at
       where nps_answers.score <> excluded.score
     returning (xmax = 0) as inserted`,
    [
      site.siteKey,
      id,
      claim.score,
      kind,
      claim.campaignId,
      variantId,
      rows[0]?.visitor_id ?? claim.customer,
      customerId,
      new Date(now),
      claim.orderId,
    ],
  );
  if (kind === 'promoter' && stored.length > 0) {
    await refileReferralForPromoter(tx, site, claim.orderId, now);
  }
  if (kind === 'detractor' && stored.length > 0) {
    await enqueueWebhook(
      tx,
      site,
      'nps.detractor',
      id,
      {
        eventId: id,
        score: claim.score,
        comment: null,
        kind: 'transactional',
        campaignId: claim.campaignId,
        variantId,
        channel: 'email',
        orderId: claim.orderId,
        ...(customerId === null ? {} : { customerId }),
        answeredAt: new Date(now).toISOString(),
      },
      now,
    );
  }
}

/** Stores the follow-up comment of an emailed answer (the hosted page's follow-up step). */
export async function recordEmailComment(
  db: Queryable,
  site: Site,
  claim: ScoreClaim,
  comment: string,
): Promise<boolean> {
  const text = comment.trim().slice(0, MAX_COMMENT);
  if (!text) return false;
  const rows = await db.query(
    'update nps_answers set comment = $3 where site_key = $1 and event_id = $2 returning event_id',
    [site.siteKey, emailAnswerId(claim), text],
  );
  return rows.length > 0;
}
