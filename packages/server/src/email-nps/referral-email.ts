import { bucket } from '@grapevine/core';
import type { ServerContext } from '../context.js';
import type { Queryable } from '../db/database.js';
import type { JobHandlers } from '../jobs/runner.js';
import type { EmailRequest } from '../mail/enqueue.js';
import { getOrCreateReferral } from '../services/referrals.js';
import type { Site } from '../site.js';
import { type AskFlow, askJobHandlers, type EmailQueue } from './email-ask-runner.js';
import { fileAsk, REFERRAL_EMAIL_JOB } from './schedule.js';

/** The subject line a customer gets: sticky per customer and campaign, half and half. */
export function subjectVariant(customer: string, campaignId: string): 'a' | 'b' {
  return bucket(customer, campaignId, 'email-subject') < 0.5 ? 'a' : 'b';
}

/**
 * Referral emails (`email.referral` jobs): the site's `referral` campaign decides (a campaign
 * that requires a promoter answer emails promoters only), the email carries the customer's
 * personal link and the double-sided offer, worded for a new or a loyal customer (more than
 * one paid order), under subject line `a` or `b`.
 */
export function referralEmailFlow(ctx: ServerContext): AskFlow {
  return {
    flow: 'referral',
    job: REFERRAL_EMAIL_JOB,
    kind: 'referral',
    timing: (site) => site.referralEmail,
    async compose(site, ask) {
      const advocate =
        ask.customerId === null
          ? { email: ask.toAddress }
          : { id: ask.customerId, email: ask.toAddress };
      const referral = await getOrCreateReferral(ctx, site, advocate);
      const [orders] = await ctx.db.query<{ paid: number }>(
        `select count(*)::int as paid from orders o, (select customer_id, email_norm from orders
           where site_key = $1 and order_id = $2) me
         where o.site_key = $1 and o.status = 'paid'
           and (o.customer_id = me.customer_id or (me.customer_id is null and o.email_norm = me.email_norm))`,
        [site.siteKey, ask.orderId],
      );
      const variant = subjectVariant(ask.customer, ask.campaignId);
      const email: EmailRequest<'referral-invite'> = {
        siteKey: site.siteKey,
        flow: 'referral',
        dedupeKey: ask.orderId,
        to: ask.toAddress,
        locale: ask.locale,
        template: 'referral-invite',
        basis: 'marketing',
        data: {
          referralUrl: referral.url,
          friendOffer: site.offer.friend,
          advocateOffer: site.offer.advocate,
          loyal: (orders?.paid ?? 0) > 1,
          subjectVariant: variant,
        },
      };
      return { email, variantId: variant };
    },
  };
}

/** The `email.referral` job. */
export function referralEmailJobHandlers(ctx: ServerContext, queue: EmailQueue): JobHandlers {
  return askJobHandlers(ctx, referralEmailFlow(ctx), queue);
}

/** An order whose referral ask may be filed again, with the address to ask at. */
interface RefileRow {
  order_id: string;
  customer_id: string | null;
  email_norm: string | null;
  to_address: string;
}

/**
 * A customer just answered 9–10 by email: the order's referral ask, skipped earlier because
 * the campaign required a promoter, is filed again for now (the rules decide once more).
 */
export async function refileReferralForPromoter(
  tx: Queryable,
  site: Site,
  orderId: string,
  now: number,
): Promise<boolean> {
  const timing = site.referralEmail;
  if (!timing) return false;
  const [order] = await tx.query<RefileRow>(
    `select o.order_id, o.customer_id, o.email_norm, a.to_address
     from orders o join email_asks a on a.site_key = o.site_key and a.order_id = o.order_id and a.flow = 'nps'
     where o.site_key = $1 and o.order_id = $2`,
    [site.siteKey, orderId],
  );
  if (!order) return false;
  return fileAsk(
    tx,
    site,
    'referral',
    timing,
    order,
    order.to_address,
    { dueAt: now },
    now,
    'REQUIRES_UNMET',
  );
}

/** Most skipped referral asks one pop-up answer files again (the customer's newest orders). */
const MAX_REFILED = 20;

/**
 * A customer just answered 9–10 in a pop-up: their orders' referral asks, skipped earlier
 * because the campaign required a promoter, are filed again for now (the rules decide once
 * more, over a ledger that now holds the answer). The browser is the customer's when it placed
 * the order or a signed request named it theirs (`advocate_visitors`); an event's unsigned
 * `advocateId` counts for nothing. Each ask moves from `skipped` once (a row lock and its
 * status), so two processes, or the same answer twice, queue one email per (flow, order).
 * @returns the orders filed again.
 */
export async function refileReferralsForPopupPromoter(
  tx: Queryable,
  site: Site,
  visitorId: string,
  now: number,
): Promise<string[]> {
  const timing = site.referralEmail;
  if (!timing) return [];
  const asks = await tx.query<RefileRow>(
    `select o.order_id, o.customer_id, o.email_norm, a.to_address
     from email_asks a join orders o on o.site_key = a.site_key and o.order_id = a.order_id
     where a.site_key = $1 and a.flow = 'referral' and a.status = 'skipped'
       and a.reason = 'REQUIRES_UNMET'
       and (o.visitor_id = $2 or o.customer_id in (
         select advocate_id from advocate_visitors where site_key = $1 and visitor_id = $2))
     order by o.created_at desc limit ${MAX_REFILED}`,
    [site.siteKey, visitorId],
  );
  const filed: string[] = [];
  for (const ask of asks) {
    if (
      await fileAsk(
        tx,
        site,
        'referral',
        timing,
        ask,
        ask.to_address,
        { dueAt: now },
        now,
        'REQUIRES_UNMET',
      )
    ) {
      filed.push(ask.order_id);
    }
  }
  return filed;
}
