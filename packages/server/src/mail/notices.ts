import type { Reward } from '@grapevine/core';
import type { Queryable } from '../db/database.js';
import { advocateMailLocale } from '../email-nps/customer-locale.js';
import type { Site } from '../site.js';
import {
  type EmailRequest,
  type EnqueueResult,
  enqueueEmail,
  isInvalidEmailData,
} from './enqueue.js';
import { preferredMailLocale } from './i18n/locales.js';
import { defaultBrand } from './settings.js';
import { detractorSlackMessage, enqueueSlackAlert } from './slack.js';

// The notices: emails the services queue inside the transaction of the fact they announce,
// each at most once by its natural key. A site without email (or without a basis for the
// flow) gets nothing, silently: that is its configuration, not an error.

/**
 * Queues a notice. Data that does not fit (an address the template refuses) skips the notice
 * instead of failing the fact's transaction: a claim or an order never fails for an email.
 */
async function queue(tx: Queryable, site: Site, request: EmailRequest, now: number) {
  try {
    return await enqueueEmail(tx, request, {
      sites: new Map([[site.siteKey, site]]),
      clock: { now: () => now },
    });
  } catch (error) {
    if (isInvalidEmailData(error)) return null;
    throw error;
  }
}

/** The site's language: notices to the shop, and to customers whose language is unknown. */
function locale(site: Site): string {
  return site.email?.locale ?? 'en';
}

/** The advocate's address and link for a referral code (the address as given when known). */
async function advocate(tx: Queryable, site: Site, code: string) {
  const rows = await tx.query<{ email: string | null }>(
    'select coalesce(email, email_norm) as email from referrals where site_key = $1 and code = $2',
    [site.siteKey, code],
  );
  return {
    email: rows[0]?.email ?? null,
    referralUrl: site.landingUrl.replaceAll('{code}', encodeURIComponent(code)),
  };
}

/** To the friend after a claim: the coupon to keep and the link that applies it. One per claim. */
export async function queueFriendCoupon(
  tx: Queryable,
  site: Site,
  claim: {
    claimId: string;
    to: string;
    coupon: string;
    applyUrl: string;
    expiresAt: number | null;
    advocateName: string | null;
    offer: Reward;
    /** The friend's browser languages (`Accept-Language`), most preferred first. */
    languages?: readonly string[];
  },
  now: number,
): Promise<EnqueueResult | null> {
  return queue(
    tx,
    site,
    {
      siteKey: site.siteKey,
      flow: 'friend-coupon',
      dedupeKey: claim.claimId,
      to: claim.to,
      locale: preferredMailLocale(claim.languages ?? [], locale(site)),
      template: 'friend-coupon',
      data: {
        coupon: claim.coupon,
        applyUrl: claim.applyUrl,
        offer: claim.offer,
        ...(claim.advocateName ? { advocateName: claim.advocateName } : {}),
        ...(claim.expiresAt ? { expiresAt: new Date(claim.expiresAt).toISOString() } : {}),
      },
      basis: 'transactional',
    },
    now,
  );
}

/** To the advocate when a friend's order is credited (pending). One per order. */
export async function queueRewardPending(
  tx: Queryable,
  site: Site,
  reward: {
    orderId: string;
    code: string;
    amountMinor: number;
    currency: string;
    approvesAt: number;
  },
  now: number,
): Promise<EnqueueResult | null> {
  const { email, referralUrl } = await advocate(tx, site, reward.code);
  if (!email) return null;
  return queue(
    tx,
    site,
    {
      siteKey: site.siteKey,
      flow: 'reward-pending',
      dedupeKey: reward.orderId,
      to: email,
      locale: await advocateMailLocale(tx, site.siteKey, reward.code, locale(site)),
      template: 'reward-pending',
      data: {
        reward: { minor: reward.amountMinor, currency: reward.currency },
        confirmsAt: new Date(reward.approvesAt).toISOString(),
        referralUrl,
      },
      basis: 'transactional',
    },
    now,
  );
}

/**
 * To the advocate when the reward is theirs: at approval, or — where the shop's platform
 * issues a reward code — once the code exists (`rewardCode`). One per order.
 */
export async function queueRewardApproved(
  tx: Queryable,
  site: Site,
  reward: {
    orderId: string;
    code: string;
    amountMinor: number;
    currency: string;
    rewardCode?: string;
  },
  now: number,
): Promise<EnqueueResult | null> {
  const { email, referralUrl } = await advocate(tx, site, reward.code);
  if (!email) return null;
  return queue(
    tx,
    site,
    {
      siteKey: site.siteKey,
      flow: 'reward-approved',
      dedupeKey: reward.orderId,
      to: email,
      locale: await advocateMailLocale(tx, site.siteKey, reward.code, locale(site)),
      template: 'reward-approved',
      data: {
        reward: { minor: reward.amountMinor, currency: reward.currency },
        ...(reward.rewardCode ? { rewardCode: reward.rewardCode } : {}),
        shopUrl: new URL(site.landingUrl.replaceAll('{code}', '')).origin,
        referralUrl,
      },
      basis: 'transactional',
    },
    now,
  );
}

/** Whether the site's platform issues reward codes (then the approved email waits for it). */
export function platformIssuesRewards(site: Site): boolean {
  const provider = site.fulfilment?.provider;
  return provider === 'shopify' || provider === 'stripe' || provider === 'woocommerce';
}

/**
 * A detractor answered (NPS 0–6): an alert email to the shop's support address and a post to
 * its Slack-compatible webhook, each once per answer. The customer's words are escaped in both.
 */
export async function queueDetractorAlert(
  tx: Queryable,
  site: Site,
  answer: {
    eventId: string;
    score: number;
    comment: string | null;
    customerId: string | null;
    orderId?: string | null;
    answeredAt: number;
  },
  now: number,
): Promise<void> {
  const known = answer.customerId
    ? (
        await tx.query<{ email: string | null; first_name: string | null }>(
          `select coalesce(email, email_norm) as email, first_name from referrals
           where site_key = $1 and advocate_id = $2 limit 1`,
          [site.siteKey, answer.customerId],
        )
      )[0]
    : undefined;
  const customerName = known?.first_name ?? null;
  const customerEmail = known?.email ?? null;
  const comment = answer.comment?.trim() ? answer.comment.trim().slice(0, 5000) : null;
  if (site.email?.supportAddress) {
    await queue(
      tx,
      site,
      {
        siteKey: site.siteKey,
        flow: 'detractor-alert',
        dedupeKey: answer.eventId,
        to: site.email.supportAddress,
        locale: locale(site),
        template: 'detractor-alert',
        data: {
          score: answer.score,
          answeredAt: new Date(answer.answeredAt).toISOString(),
          ...(comment ? { comment } : {}),
          ...(customerName ? { customerName } : {}),
          ...(customerEmail ? { customerEmail } : {}),
          ...(answer.orderId ? { orderId: answer.orderId } : {}),
        },
        basis: 'transactional',
      },
      now,
    );
  }
  await enqueueSlackAlert(
    tx,
    site,
    `detractor:${site.siteKey}:${answer.eventId}`,
    detractorSlackMessage({
      brand: (site.brand ?? defaultBrand(site.siteKey)).name,
      score: answer.score,
      comment,
      customer: customerName ?? customerEmail,
      orderId: answer.orderId ?? null,
    }),
    now,
  );
}
